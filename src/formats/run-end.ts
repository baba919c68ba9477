/** How a run ended, in the terms every renderer needs: finished, failed, or cut short by a limit. */
import type { RunStatus } from '../engine/types.js';
import type { RenderInput } from './types.js';

/** Statuses whose trace stops part-way: the recorded steps are a prefix of what the program would do. */
const CUT_SHORT: ReadonlySet<RunStatus> = new Set(['timeout', 'step_limit', 'memory_limit', 'output_limit']);

export function isCutShort(status: RunStatus): boolean {
  return CUT_SHORT.has(status);
}

/** A program that did not compile never ran: there is no trace to render. */
export function hasNoTrace(input: RenderInput): boolean {
  return input.result.status === 'syntax_error';
}

/** `IndexError: list index out of range`, or the bare type when the message is empty (`StopIteration`). */
export function describeException(exception: { type: string; message: string }): string {
  return exception.message ? `${exception.type}: ${exception.message}` : exception.type;
}

/** The final uncaught exception of a failed run, as text, or null when the run did not fail. */
export function finalException(input: RenderInput): string | null {
  const { status, exception } = input.result;
  return status === 'error' && exception ? describeException(exception) : null;
}

/** One sentence for a trace that stops part-way, e.g. `trace cut short (step_limit) after 100000 events`. */
export function cutShortNote(input: RenderInput): string | null {
  const { status, steps } = input.result;
  return isCutShort(status) ? `trace cut short (${status}) after ${steps.length} events` : null;
}
