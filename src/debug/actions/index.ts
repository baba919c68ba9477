/** Every debugger action by name, and `applyAction`, which moves a state by one action. */
import type { Timeline } from '../timeline.js';
import type { DebugAction, DebugActionName, DebugState } from '../types.js';
import { back } from './back.js';
import { continueToBreakpoint } from './continue.js';
import { finish } from './finish.js';
import { next } from './next.js';
import { reverseContinue } from './reverse-continue.js';
import { reverseFinish } from './reverse-finish.js';
import { reverseNext } from './reverse-next.js';
import { step } from './step.js';
import { until } from './until.js';

type Move = (timeline: Timeline, state: DebugState, action: DebugAction) => number;

const MOVES: Record<DebugActionName, Move> = {
  step: (timeline, state) => step(timeline, state),
  next: (timeline, state) => next(timeline, state),
  finish: (timeline, state) => finish(timeline, state),
  continue: (timeline, state) => continueToBreakpoint(timeline, state),
  until: (timeline, state, action) =>
    until(timeline, state, action.name === 'until' ? action.line : undefined),
  back: (timeline, state) => back(timeline, state),
  'reverse-next': (timeline, state) => reverseNext(timeline, state),
  'reverse-finish': (timeline, state) => reverseFinish(timeline, state),
  'reverse-continue': (timeline, state) => reverseContinue(timeline, state),
};

/** The state after `action`: same breakpoints, new position. Throws SEMTRACE_BAD_DEBUG_COMMAND for an impossible `until`. */
export function applyAction(timeline: Timeline, state: DebugState, action: DebugAction): DebugState {
  return { position: MOVES[action.name](timeline, state, action), breakpoints: state.breakpoints };
}

export { back, continueToBreakpoint, finish, next, reverseContinue, reverseFinish, reverseNext, step, until };
