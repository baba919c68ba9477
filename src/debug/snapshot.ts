/**
 * What a debugger shows at a stop: where it is (event, line, function, call stack) and the current
 * frame's variables. pdb shows a frame's variables as they are *before* the line at the stop runs,
 * which is exactly what the trace records at that event.
 */

import { callStack } from './call-stack.js';
import type { Timeline } from './timeline.js';
import type { StackFrame } from './types.js';

export interface DebugSnapshot {
  /** Index of the event in the trace; steps.length once the run has ended. */
  position: number;
  ended: boolean;
  event?: 'call' | 'line' | 'return' | 'exception';
  line?: number;
  func?: string;
  depth?: number;
  /** Variable name → repr, in the order the frame has them. */
  locals: Record<string, string>;
  stack: StackFrame[];
  /** At a `return` stop: the value returned (pdb's `__return__`). */
  returnValue?: string;
  /** At an `exception` stop: `Type: message` (pdb's `__exception__`). */
  exception?: string;
}

export function snapshot(timeline: Timeline, position: number): DebugSnapshot {
  const step = timeline.steps[position];
  if (!step) return { position: timeline.steps.length, ended: true, locals: {}, stack: [] };
  const locals: Record<string, string> = {};
  for (const [name, value] of Object.entries(step.locals)) locals[name] = value.repr;
  const shown: DebugSnapshot = {
    position,
    ended: false,
    event: step.event,
    line: step.line,
    func: step.func,
    depth: step.depth,
    locals,
    stack: callStack(timeline, position),
  };
  if (step.event === 'return') shown.returnValue = step.value?.repr ?? 'None';
  if (step.event === 'exception' && step.exception)
    shown.exception = step.exception.message
      ? `${step.exception.type}: ${step.exception.message}`
      : step.exception.type;
  return shown;
}
