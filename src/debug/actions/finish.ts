/**
 * `finish` (pdb `return`, `r`): run until the current frame returns, stopping at its `return` event
 * (pdb's `--Return--`) or at a breakpoint on the way. At a `return` stop it runs on to the caller's
 * next event.
 */
import { runForward } from '../run-forward.js';
import { callerFrame, type Timeline } from '../timeline.js';
import type { DebugState } from '../types.js';

export function finish(timeline: Timeline, state: DebugState): number {
  const frame = timeline.frameOf[state.position];
  if (frame === undefined) return timeline.steps.length;
  return runForward(
    timeline,
    state.position,
    { stopFrame: callerFrame(timeline, state.position), returnFrame: frame, stopLine: 0 },
    new Set(state.breakpoints),
  );
}
