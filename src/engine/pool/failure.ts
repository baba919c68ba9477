import type { RunResultCore, RunStatus } from '../types.js';

/** A result for a program whose worker could not report one itself (killed, crashed). */
export function failureResult(status: RunStatus, type?: string, message?: string): RunResultCore {
  return {
    status,
    stdout: '',
    stderr: '',
    returnRepr: null,
    returnType: null,
    exception: type ? { type, message: message ?? '', line: null, traceback: [] } : null,
    steps: [],
    stepCount: 0,
  };
}
