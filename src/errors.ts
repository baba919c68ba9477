/**
 * Every error semtrace throws on purpose is a SemtraceError with a stable `code`, so callers can branch
 * on the code and users get a message that says what to do next.
 */
export type SemtraceErrorCode =
  | 'SEMTRACE_BAD_REQUEST'
  | 'SEMTRACE_ISOLATION_UNAVAILABLE'
  | 'SEMTRACE_PYTHON_NOT_FOUND'
  | 'SEMTRACE_WORKER_START_FAILED'
  | 'SEMTRACE_ENGINE_CLOSED'
  | 'SEMTRACE_PARSE_ERROR'
  | 'SEMTRACE_INPUT_PARSE_ERROR'
  | 'SEMTRACE_UNKNOWN_OPERATOR'
  | 'SEMTRACE_UNKNOWN_DEBUG_ACTION'
  | 'SEMTRACE_FILE_NOT_FOUND'
  | 'SEMTRACE_BAD_OPTION'
  | 'SEMTRACE_BAD_DATA'
  | 'SEMTRACE_UNKNOWN_FORMAT'
  | 'SEMTRACE_OUTPUT_CONFLICT'
  | 'SEMTRACE_MANIFEST_INVALID'
  | 'SEMTRACE_SHARD_MISMATCH'
  | 'SEMTRACE_UNKNOWN_TASK'
  | 'SEMTRACE_PREDICTIONS_INVALID'
  | 'SEMTRACE_TEMPLATE_INVALID'
  | 'SEMTRACE_MISSING_API_KEY'
  | 'SEMTRACE_MODEL_REQUEST_FAILED'
  | 'SEMTRACE_VIEW_PATH_UNSUPPORTED'
  | 'SEMTRACE_PORT_IN_USE'
  | 'SEMTRACE_BAD_DEBUG_COMMAND'
  | 'SEMTRACE_SERVICE_ERROR'
  | 'SEMTRACE_MERGE_MISMATCH'
  | 'SEMTRACE_MERGE_INCOMPLETE'
  | 'SEMTRACE_QUEUE_UNREACHABLE'
  | 'SEMTRACE_QUEUE_BAD_URL'
  | 'SEMTRACE_QUEUE_JOB_FAILED'
  | 'SEMTRACE_MODEL_INVALID'
  | 'SEMTRACE_TRAINING_UNAVAILABLE'
  | 'SEMTRACE_TRAINING_FAILED'
  | 'SEMTRACE_INFERENCE_UNAVAILABLE';

export class SemtraceError extends Error {
  readonly code: SemtraceErrorCode;

  constructor(code: SemtraceErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'SemtraceError';
    this.code = code;
  }
}

export function isSemtraceError(value: unknown): value is SemtraceError {
  return value instanceof SemtraceError;
}
