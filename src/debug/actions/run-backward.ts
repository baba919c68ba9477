/**
 * Time travel: scan the recorded events backwards from `from` to the latest stop that `wanted` accepts
 * or that is a line with a breakpoint (reverse execution stops at breakpoints too). Nothing earlier:
 * the first stop of the run.
 */
import type { Timeline } from '../timeline.js';

export function runBackward(
  timeline: Timeline,
  from: number,
  wanted: (index: number) => boolean,
  breakpoints: readonly number[],
): number {
  const { steps, stops, stopOrdinal } = timeline;
  const lines = new Set(breakpoints);
  for (let index = Math.min(from, steps.length) - 1; index >= 0; index--) {
    if (stopOrdinal[index]! < 0) continue;
    const step = steps[index]!;
    if (wanted(index) || (step.event === 'line' && lines.has(step.line))) return index;
  }
  return stops[0] ?? steps.length;
}
