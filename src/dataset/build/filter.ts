/** Which runs become samples, and why the others do not (every reason is counted in the manifest). */
import type { RunResult } from '../../engine/types.js';
import type { BuildConfig } from './config.js';

export type FilterReason =
  | 'not_executable'
  | 'timeout'
  | 'step_limit'
  | 'memory_limit'
  | 'output_limit'
  | 'worker_crash'
  | 'non_deterministic'
  | 'trace_too_short'
  | 'trace_too_long'
  | 'equivalent_mutant';

/**
 * The observable behaviour two runs are compared by: status, output, return value and exception. The
 * line of a RecursionError is left out: the tracer's own calls use stack, so a traced run reaches the
 * recursion limit a few frames earlier than an untraced one, in the same program.
 */
export function behaviour(result: RunResult): string {
  const exception = result.exception;
  return JSON.stringify([
    result.status,
    result.stdout,
    result.returnRepr,
    exception
      ? [exception.type, exception.message, exception.type === 'RecursionError' ? null : exception.line]
      : null,
  ]);
}

/**
 * The first reason `result` is not kept, or null to keep it. `repeat` is the second run (another seed,
 * untraced) when determinism is checked.
 */
export function filterReason(
  result: RunResult,
  repeat: RunResult | undefined,
  config: BuildConfig,
): FilterReason | null {
  switch (result.status) {
    case 'syntax_error':
      return 'not_executable';
    case 'timeout':
    case 'step_limit':
    case 'memory_limit':
    case 'output_limit':
      return result.status;
    default:
      break;
  }
  // The worker died under the program (e.g. killed by the memory watchdog): not a trace of CPython.
  if (result.exception?.type === 'WorkerCrash' && result.stepCount === 0) return 'worker_crash';
  if (repeat !== undefined && behaviour(repeat) !== behaviour(result)) return 'non_deterministic';
  if (result.steps.length < config.minTraceLength) return 'trace_too_short';
  if (result.steps.length > config.maxTraceLength) return 'trace_too_long';
  return null;
}
