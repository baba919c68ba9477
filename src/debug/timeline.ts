/**
 * The structure a debugger needs over a recorded trace, computed once in O(steps): which frame each
 * event belongs to, which event of the caller was running when a frame was entered, and where a
 * debugger can stop.
 *
 * A frame is one activation: the index of its `call` event. (A generator resumed after a `yield` gets
 * a new `call` event from CPython; it counts as a new activation here, see docs/debug.md.)
 */
import type { TraceStep } from '../engine/types.js';

/** The frame a top-level frame returns to: the harness, outside the program (no events of its own). */
export const OUTSIDE = -1;

export interface Timeline {
  steps: readonly TraceStep[];
  /** `frameOf[i]`: index of the `call` event that opened step i's frame. */
  frameOf: Int32Array;
  /** `callerEvent[c]` for a `call` event c: the caller's latest event before it, or -1 at depth 0. */
  callerEvent: Int32Array;
  /** Indices of the events a debugger stops at in step mode, in order. */
  stops: number[];
  /** `stopOrdinal[i]`: position of step i in `stops`, or -1 when a debugger never stops there. */
  stopOrdinal: Int32Array;
}

/**
 * pdb never stops at the module's own `call` event (line 0): `python -m pdb` waits for the first line
 * of the main file. Every other event of the program's frames is a place `step` stops.
 */
export function isStoppable(step: TraceStep): boolean {
  return !(step.event === 'call' && step.line <= 0);
}

export function buildTimeline(steps: readonly TraceStep[]): Timeline {
  const frameOf = new Int32Array(steps.length).fill(-1);
  const callerEvent = new Int32Array(steps.length).fill(-1);
  const stopOrdinal = new Int32Array(steps.length).fill(-1);
  const stops: number[] = [];
  // open[d]: frame at depth d; latest[d]: latest event at depth d (the line running when d + 1 was called).
  const open: number[] = [];
  const latest: number[] = [];
  steps.forEach((step, index) => {
    const depth = step.depth;
    if (step.event === 'call' || open[depth] === undefined) {
      open[depth] = index;
      callerEvent[index] = depth > 0 ? (latest[depth - 1] ?? -1) : -1;
    }
    frameOf[index] = open[depth]!;
    latest[depth] = index;
    open.length = depth + 1;
    latest.length = depth + 1;
    if (isStoppable(step)) {
      stopOrdinal[index] = stops.length;
      stops.push(index);
    }
  });
  return { steps, frameOf, callerEvent, stops, stopOrdinal };
}

/** The frame that called step `index`'s frame, or OUTSIDE for a top-level frame. */
export function callerFrame(timeline: Timeline, index: number): number {
  const caller = timeline.callerEvent[timeline.frameOf[index]!]!;
  return caller < 0 ? OUTSIDE : timeline.frameOf[caller]!;
}
