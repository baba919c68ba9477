// Execution-reasoning tasks: items to ask about, and REval-style state questions.
export { makeDebugItems } from './debug-questions.js';
export { statementStartLines } from './executable-lines.js';
export { type CruxevalRecord, fromCruxeval, fromSample, recordKind } from './from-records.js';
export { assertTask, type LoadTaskOptions, loadTaskItems } from './load.js';
export { makeStateQuestions, type StateQuestionOptions } from './state-questions.js';
export * from './types.js';
export { withTraces } from './with-traces.js';
