/**
 * Everything the stepper shows for any step, computed once per trace in one pass so that moving
 * through thousands of steps costs nothing: the call stack at each step (as a chain of frame nodes
 * sharing their parents), how much output was printed before it, and where each line runs.
 * Uses the library's own state-after rules (src/trace) for what a line changes.
 */
import type { TraceStep, VariableValue } from '../../../engine/types.js';
import {
  diffVariables,
  nextEventInFrame,
  stateAfter,
  type VariableChange,
} from '../../../trace/state-after.js';

/** One frame on the call stack as of one step; `parent` is the caller's frame as of that same step. */
export interface FrameNode {
  func: string;
  depth: number;
  /** The step that last updated this frame. */
  step: number;
  locals: Record<string, VariableValue>;
  /** The same frame's previous node (its state one event earlier), absent at its `call`. */
  previous: FrameNode | undefined;
  parent: FrameNode | undefined;
}

export class TraceModel {
  /** `frames[i]`: the innermost frame at step i; follow `parent` for its callers. */
  private readonly frames: FrameNode[] = [];
  /** `outputBefore[i]`: characters printed before step i runs (`outputBefore[n]`: all of it). */
  private readonly outputBefore: number[] = [];
  /** Line number → the indexes of the `line` events that ran it, ascending. */
  private readonly lineRuns = new Map<number, number[]>();
  readonly output: string;

  constructor(readonly steps: readonly TraceStep[]) {
    const open: FrameNode[] = [];
    // Text printed by a line is complete only once the line has finished (after any calls it made):
    // it shows from the frame's next event on, as the CodeExecutor renderer places it.
    const printed: { at: number; text: string }[] = [];
    steps.forEach((step, index) => {
      const previous = step.event === 'call' ? undefined : open[step.depth];
      const node: FrameNode = {
        func: step.func,
        depth: step.depth,
        step: index,
        locals: step.locals,
        previous: previous?.func === step.func ? previous : undefined,
        parent: step.depth > 0 ? open[step.depth - 1] : undefined,
      };
      open[step.depth] = node;
      open.length = step.depth + 1;
      this.frames.push(node);
      if (step.stdout)
        printed.push({ at: nextEventInFrame(steps, index) ?? steps.length, text: step.stdout });
      if (step.event === 'line') {
        const runs = this.lineRuns.get(step.line);
        if (runs) runs.push(index);
        else this.lineRuns.set(step.line, [index]);
      }
    });
    printed.sort((a, b) => a.at - b.at); // stable: texts shown at the same step keep their order
    this.output = printed.map((entry) => entry.text).join('');
    let shown = 0;
    let length = 0;
    for (let index = 0; index <= steps.length; index++) {
      while (shown < printed.length && printed[shown]!.at <= index) length += printed[shown++]!.text.length;
      this.outputBefore.push(length);
    }
  }

  get length(): number {
    return this.steps.length;
  }

  /** The call stack at step i, innermost first. */
  stack(index: number): FrameNode[] {
    const chain: FrameNode[] = [];
    for (let node = this.frames[index]; node; node = node.parent) chain.push(node);
    return chain;
  }

  /** What the previous event of the step's frame changed (at a `call`: the arguments, all new). */
  changedAt(index: number): VariableChange[] {
    const node = this.frames[index];
    if (!node) return [];
    return diffVariables(node.previous?.locals, node.locals);
  }

  /** What the line at step i will change once it has run, or undefined when the trace ends first. */
  effectOf(index: number): VariableChange[] | undefined {
    const step = this.steps[index];
    if (step?.event !== 'line') return undefined;
    const after = stateAfter(this.steps, index);
    return after === undefined ? undefined : diffVariables(step.locals, after);
  }

  /** Text printed before step i runs (`outputUntil(length)`: everything). */
  outputUntil(index: number): string {
    return this.output.slice(0, this.outputBefore[Math.max(0, Math.min(index, this.length))] ?? 0);
  }

  /** The line that runs after step i (any frame), or undefined at the end. */
  nextLine(index: number): number | undefined {
    return this.steps[index + 1]?.line;
  }

  /** Lines that run at least once. */
  coveredLines(): Set<number> {
    return new Set(this.lineRuns.keys());
  }

  runsOf(line: number): readonly number[] {
    return this.lineRuns.get(line) ?? [];
  }

  /** The next time `line` runs after step i, wrapping to its first run; undefined if it never runs. */
  nextRunOf(line: number, index: number): number | undefined {
    const runs = this.lineRuns.get(line);
    if (!runs || runs.length === 0) return undefined;
    let low = 0;
    let high = runs.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (runs[middle]! <= index) low = middle + 1;
      else high = middle;
    }
    return runs[low] ?? runs[0];
  }

  /** The previous time `line` ran before step i, wrapping to its last run. */
  previousRunOf(line: number, index: number): number | undefined {
    const runs = this.lineRuns.get(line);
    if (!runs || runs.length === 0) return undefined;
    for (let k = runs.length - 1; k >= 0; k--) if (runs[k]! < index) return runs[k];
    return runs[runs.length - 1];
  }

  /** Next step in this frame or a caller (skips what the current line calls). */
  stepOver(index: number): number {
    const depth = this.steps[index]?.depth ?? 0;
    for (let next = index + 1; next < this.length; next++) if (this.steps[next]!.depth <= depth) return next;
    return this.length - 1;
  }

  /** Previous step in this frame or a caller. */
  stepBackOver(index: number): number {
    const depth = this.steps[index]?.depth ?? 0;
    for (let back = index - 1; back >= 0; back--) if (this.steps[back]!.depth <= depth) return back;
    return 0;
  }

  /** First step after the current frame has returned to its caller. */
  stepOut(index: number): number {
    const depth = this.steps[index]?.depth ?? 0;
    for (let next = index + 1; next < this.length; next++) if (this.steps[next]!.depth < depth) return next;
    return this.length - 1;
  }
}
