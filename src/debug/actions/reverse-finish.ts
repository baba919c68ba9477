/**
 * `reverse-finish` (gdb's name): run backwards to where the current frame was called: the caller's
 * line that made the call, stopping at a breakpoint on the way. A top-level frame has no caller in the
 * program, so it goes back to the frame's first stop.
 */
import type { Timeline } from '../timeline.js';
import type { DebugState } from '../types.js';
import { runBackward } from './run-backward.js';

export function reverseFinish(timeline: Timeline, state: DebugState): number {
  const frame = timeline.frameOf[state.position];
  if (frame === undefined) return runBackward(timeline, state.position, () => true, state.breakpoints);
  const caller = timeline.callerEvent[frame]!;
  const target = caller >= 0 ? caller : firstStopOfFrame(timeline, frame);
  return runBackward(timeline, state.position, (index) => index <= target, state.breakpoints);
}

function firstStopOfFrame(timeline: Timeline, frame: number): number {
  for (let index = frame; index < timeline.steps.length; index++) {
    if (timeline.stopOrdinal[index]! >= 0 && timeline.frameOf[index] === frame) return index;
  }
  return frame;
}
