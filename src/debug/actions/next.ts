/**
 * `next` (pdb `n`): run to the next event of the current frame (line, exception or its return), over
 * any calls the line makes, unless a breakpoint inside them is hit first. At a `return` stop the frame
 * has nothing left, so `next` steps into whatever runs next (bdb turns it into `step`).
 */
import { runForward } from '../run-forward.js';
import type { Timeline } from '../timeline.js';
import type { DebugState } from '../types.js';

export function next(timeline: Timeline, state: DebugState): number {
  const frame = timeline.frameOf[state.position];
  if (frame === undefined) return timeline.steps.length;
  return runForward(
    timeline,
    state.position,
    { stopFrame: frame, returnFrame: null, stopLine: 0 },
    new Set(state.breakpoints),
  );
}
