export { isSemtraceError, SemtraceError, type SemtraceErrorCode } from './errors.js';
