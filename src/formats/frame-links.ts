/**
 * Links between the events of one frame, computed for a whole trace in one backward pass.
 *
 * `stateAfter` in src/trace scans forward from each step, which costs O(events below the line) per line:
 * fine for one line, quadratic for a renderer that asks for every line of a deep or long trace. These
 * links give the same answers in O(steps) for all steps at once.
 */
import type { TraceStep, VariableValue } from '../engine/types.js';

export interface FrameLinks {
  /** `after[i]`: index of the next event of step i's frame (same depth, not a new call), or -1. */
  after: Int32Array;
  /** `before[j]`: the step whose `after` is j (the line that led to event j), or -1. */
  before: Int32Array;
}

export function linkFrames(steps: readonly TraceStep[]): FrameLinks {
  const after = new Int32Array(steps.length).fill(-1);
  const before = new Int32Array(steps.length).fill(-1);
  // nearest[d]: the nearest later step at depth d not hidden by a shallower step in between. Walking
  // backwards, a step at depth d hides everything deeper, so the array is cut to d + 1 entries.
  const nearest: number[] = [];
  for (let index = steps.length - 1; index >= 0; index--) {
    const depth = steps[index]!.depth;
    const next = depth < nearest.length ? nearest[depth]! : -1;
    if (next >= 0 && steps[next]!.event !== 'call') {
      after[index] = next;
      before[next] = index;
    }
    while (nearest.length < depth) nearest.push(-1);
    nearest[depth] = index;
    nearest.length = depth + 1;
  }
  return { after, before };
}

/** Variables of step `index`'s frame after it ran, or undefined when the trace ends first. */
export function stateAfterLinked(
  steps: readonly TraceStep[],
  links: FrameLinks,
  index: number,
): Record<string, VariableValue> | undefined {
  const next = links.after[index]!;
  return next < 0 ? undefined : steps[next]!.locals;
}
