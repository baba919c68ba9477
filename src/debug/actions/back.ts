/** `back` (reverse step): the stop before the current one, so that `step` from there returns here. */
import type { Timeline } from '../timeline.js';
import type { DebugState } from '../types.js';

export function back(timeline: Timeline, state: DebugState): number {
  const { stops, stopOrdinal, steps } = timeline;
  if (stops.length === 0) return steps.length;
  if (state.position >= steps.length) return stops[stops.length - 1]!;
  const ordinal = stopOrdinal[state.position]!;
  return stops[Math.max(ordinal - 1, 0)]!;
}
