/**
 * Where execution stops when it runs forward under a stop rule: the logic of CPython's `bdb` (which
 * pdb is built on) replayed over the recorded events instead of live ones.
 *
 * bdb keeps three things after each command: a `stopframe`, a `returnframe` and a `stoplineno`.
 *   - line event: stop when `stop_here` (below) or a breakpoint is on the line;
 *   - call event: stop when `stop_here` (only true in step mode, since a new frame is never stopframe);
 *   - return event: stop when `stop_here` or the frame is `returnframe`;
 *   - exception event: stop when `stop_here`.
 * `stop_here(frame)`: frame is stopframe → stoplineno ≠ -1 and frame's line ≥ stoplineno; no stopframe
 * (step mode) → true; otherwise false.
 * A command given at a `return` stop that names the returning frame as stopframe (next, until) turns
 * into step mode, as bdb does in `dispatch_return`, since that frame has no events left.
 */
import type { Timeline } from './timeline.js';
import { OUTSIDE } from './timeline.js';

/** Below every frame of the program: `continue` sets it, and nothing stops there. */
export const BOTTOM = -2;

export interface StopRule {
  /** A frame (index of its call event), OUTSIDE, BOTTOM, or null for step mode. */
  stopFrame: number | null;
  returnFrame: number | null;
  /** Stop in stopFrame at lines ≥ this; 0 for any line; -1 for none. */
  stopLine: number;
}

export const STEP_RULE: StopRule = { stopFrame: null, returnFrame: null, stopLine: 0 };

/** The index where execution stops after `from` under `rule`, or steps.length when the run ends first. */
export function runForward(
  timeline: Timeline,
  from: number,
  rule: StopRule,
  breakpoints: ReadonlySet<number>,
): number {
  const { steps, frameOf, stopOrdinal } = timeline;
  let current = rule;
  const here = steps[from];
  if (here?.event === 'return') {
    if (current.stopFrame === frameOf[from] && current.stopLine !== -1) current = STEP_RULE;
    if (here.depth === 0 && current.stopFrame === OUTSIDE) current = STEP_RULE;
  }
  for (let index = from + 1; index < steps.length; index++) {
    if (stopOrdinal[index]! < 0) continue;
    const step = steps[index]!;
    const frame = frameOf[index]!;
    const stopHere =
      current.stopFrame === null
        ? true
        : current.stopFrame === frame
          ? current.stopLine !== -1 && step.line >= current.stopLine
          : false;
    if (step.event === 'line' && (stopHere || breakpoints.has(step.line))) return index;
    if (step.event === 'call' && stopHere) return index;
    if (step.event === 'exception' && stopHere) return index;
    if (step.event === 'return') {
      if (stopHere || current.returnFrame === frame) return index;
      // A top-level frame returned: the harness runs next, and a stopframe there stops at its first
      // line, outside the program; the debugger steps on from there to the next event of the program.
      if (step.depth === 0 && current.stopFrame === OUTSIDE) current = STEP_RULE;
    }
  }
  return steps.length;
}
