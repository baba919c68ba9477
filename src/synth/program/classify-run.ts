/**
 * Why a model-written program is rejected, from the engine's results. Pure. The reasons are the ones the
 * manifest tallies; exceptions are named by type (`exception:ValueError`), a missing module is its own
 * reason because it means the program needs something outside the standard library.
 */
import type { RunResult } from '../../engine/types.js';

export type RejectReason =
  | 'request_failed'
  | 'no_code'
  | 'no_example'
  | 'no_entry_point'
  | 'syntax_error'
  | 'missing_module'
  | 'timeout'
  | 'step_limit'
  | 'memory_limit'
  | 'output_limit'
  | 'non_deterministic'
  | 'unrepresentable_output'
  | `exception:${string}`;

/** Reasons that mean "the program does not execute" (SemCoder's 26.9 % counts these). */
export function isExecutionFailure(reason: RejectReason): boolean {
  return (
    reason === 'syntax_error' ||
    reason === 'missing_module' ||
    reason === 'timeout' ||
    reason === 'step_limit' ||
    reason === 'memory_limit' ||
    reason === 'output_limit' ||
    reason.startsWith('exception:')
  );
}

export interface Rejection {
  reason: RejectReason;
  detail: string;
}

/** The rejection for one run, or null when it returned normally. */
export function runFailure(result: RunResult): Rejection | null {
  if (result.status === 'ok') return null;
  const exception = result.exception;
  const detail = exception ? `${exception.type}: ${exception.message}` : result.status;
  switch (result.status) {
    case 'syntax_error':
      return { reason: 'syntax_error', detail };
    case 'timeout':
    case 'step_limit':
    case 'memory_limit':
    case 'output_limit':
      return { reason: result.status, detail };
    default: {
      const type = exception?.type ?? 'Error';
      if (type === 'ModuleNotFoundError' || type === 'ImportError')
        return { reason: 'missing_module', detail };
      return { reason: `exception:${type}`, detail };
    }
  }
}

/** What a run observably produced: two runs agree when these are equal. */
export function observable(result: RunResult): string {
  return JSON.stringify([result.status, result.returnRepr, result.stdout, result.exception?.type ?? null]);
}
