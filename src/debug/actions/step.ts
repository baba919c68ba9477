/** `step` (pdb `s`): run to the next event of any frame: a line, a call into a function, a return. */
import { runForward, STEP_RULE } from '../run-forward.js';
import type { Timeline } from '../timeline.js';
import type { DebugState } from '../types.js';

export function step(timeline: Timeline, state: DebugState): number {
  return runForward(timeline, state.position, STEP_RULE, new Set(state.breakpoints));
}
