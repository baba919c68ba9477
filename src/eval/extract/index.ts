// Answer extraction: from a raw model response to the answer a scorer checks.
export { extractAnswer, functionName } from './extract-answer.js';
export { findRegion, type Region } from './find-region.js';
