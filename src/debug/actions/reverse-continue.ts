/** `reverse-continue` (gdb's name): run backwards to the previous line with a breakpoint, or the first stop. */
import type { Timeline } from '../timeline.js';
import type { DebugState } from '../types.js';
import { runBackward } from './run-backward.js';

export function reverseContinue(timeline: Timeline, state: DebugState): number {
  return runBackward(timeline, state.position, () => false, state.breakpoints);
}
