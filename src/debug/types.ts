/** The debugger's state over a recorded execution, and the actions that move it. */

export const FORWARD_ACTIONS = ['step', 'next', 'finish', 'continue', 'until'] as const;
export const REVERSE_ACTIONS = ['back', 'reverse-next', 'reverse-finish', 'reverse-continue'] as const;
export const DEBUG_ACTIONS = [...FORWARD_ACTIONS, ...REVERSE_ACTIONS] as const;
export type DebugActionName = (typeof DEBUG_ACTIONS)[number];

/** An action; `until` takes an optional target line (pdb: the next line below the current one). */
export type DebugAction = { name: Exclude<DebugActionName, 'until'> } | { name: 'until'; line?: number };

export interface DebugState {
  /** Index into the trace's steps of the event the debugger is stopped at; steps.length: the run ended. */
  position: number;
  /** Line numbers with a breakpoint, ascending. */
  breakpoints: readonly number[];
}

/** One frame of the call stack at a stop, outermost first. */
export interface StackFrame {
  func: string;
  line: number;
  /** Index of the frame's latest event at this stop (for the innermost frame: the stop itself). */
  position: number;
  depth: number;
}
