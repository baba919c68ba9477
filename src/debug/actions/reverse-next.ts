/**
 * `reverse-next` (gdb's name): run backwards to the previous event of the current frame, over calls
 * the earlier line made, stopping at a breakpoint on the way. From a frame's first event it goes back
 * to the caller's line that made the call. From the end of the run: the last stop.
 */
import { callerFrame, type Timeline } from '../timeline.js';
import type { DebugState } from '../types.js';
import { runBackward } from './run-backward.js';

export function reverseNext(timeline: Timeline, state: DebugState): number {
  const frame = timeline.frameOf[state.position];
  if (frame === undefined) return runBackward(timeline, state.position, () => true, state.breakpoints);
  const caller = callerFrame(timeline, state.position);
  return runBackward(
    timeline,
    state.position,
    (index) => timeline.frameOf[index] === frame || timeline.frameOf[index] === caller,
    state.breakpoints,
  );
}
