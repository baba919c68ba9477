/**
 * `until [LINE]` (pdb `unt`): run until the current frame reaches a line ≥ LINE (default: the line
 * after the current one, which leaves a loop from its last line), or returns, or a breakpoint is hit.
 * As in pdb, LINE must be greater than the current line.
 */
import type { TraceStep } from '../../engine/types.js';
import { SemtraceError } from '../../errors.js';
import { runForward } from '../run-forward.js';
import type { Timeline } from '../timeline.js';
import type { DebugState } from '../types.js';

export function until(timeline: Timeline, state: DebugState, line?: number): number {
  const frame = timeline.frameOf[state.position];
  const here: TraceStep | undefined = timeline.steps[state.position];
  if (frame === undefined || here === undefined) return timeline.steps.length;
  if (line !== undefined && line <= here.line) {
    throw new SemtraceError(
      'SEMTRACE_BAD_DEBUG_COMMAND',
      `"until" needs a line after the current one (${here.line}); got ${line}. Use "continue" with a breakpoint to go elsewhere.`,
    );
  }
  return runForward(
    timeline,
    state.position,
    { stopFrame: frame, returnFrame: frame, stopLine: line ?? here.line + 1 },
    new Set(state.breakpoints),
  );
}
