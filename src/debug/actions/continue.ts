/** `continue` (pdb `c`): run to the next line with a breakpoint, or to the end of the run. */
import { BOTTOM, runForward } from '../run-forward.js';
import type { Timeline } from '../timeline.js';
import type { DebugState } from '../types.js';

export function continueToBreakpoint(timeline: Timeline, state: DebugState): number {
  // pdb with no breakpoints stops tracing altogether; with some, no frame is a stop frame.
  if (state.breakpoints.length === 0) return timeline.steps.length;
  return runForward(
    timeline,
    state.position,
    { stopFrame: BOTTOM, returnFrame: null, stopLine: -1 },
    new Set(state.breakpoints),
  );
}
