/** Making and changing debugger states (pure; a state is a value). */
import type { Timeline } from './timeline.js';
import type { DebugState } from './types.js';

/** The state a debugger starts in: the first stop (pdb: the module's first line). */
export function initialState(timeline: Timeline, breakpoints: readonly number[] = []): DebugState {
  return {
    position: timeline.stops[0] ?? timeline.steps.length,
    breakpoints: [...new Set(breakpoints)].sort((a, b) => a - b),
  };
}

export function withBreakpoint(state: DebugState, line: number): DebugState {
  return { ...state, breakpoints: [...new Set([...state.breakpoints, line])].sort((a, b) => a - b) };
}

/** Without `line`'s breakpoint, or without any when `line` is undefined. */
export function withoutBreakpoint(state: DebugState, line?: number): DebugState {
  return { ...state, breakpoints: line === undefined ? [] : state.breakpoints.filter((b) => b !== line) };
}
