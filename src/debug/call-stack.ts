/** The call stack at a stop: each frame with the line it is on, outermost first (pdb's `where`). */
import type { Timeline } from './timeline.js';
import type { StackFrame } from './types.js';

export function callStack(timeline: Timeline, position: number): StackFrame[] {
  const frames: StackFrame[] = [];
  let index = position;
  while (index >= 0 && index < timeline.steps.length) {
    const step = timeline.steps[index]!;
    frames.push({ func: step.func, line: step.line, position: index, depth: step.depth });
    index = timeline.callerEvent[timeline.frameOf[index]!]!;
  }
  return frames.reverse();
}
