/**
 * What each executed line did, for the inline formats (NExT, SemCoder): the frame's state after the line,
 * the variables it changed, the value it returned, the exception it raised and the text it printed.
 * Built in one pass over the trace (plus the linear frame links).
 */
import type { TraceStep, VariableValue } from '../engine/types.js';
import { diffVariables, type VariableChange } from '../trace/state-after.js';
import { linkFrames } from './frame-links.js';
import { describeException } from './run-end.js';

export interface LineAnnotation {
  /** 0-based position of this line event among all line events (the execution-order index). */
  order: number;
  /** 1-based source line. */
  line: number;
  depth: number;
  /** The frame's variables after the line ran; undefined when the trace was cut while it ran. */
  after?: Record<string, VariableValue>;
  /** New, changed and deleted variables (empty when `after` is unknown). */
  changes: VariableChange[];
  /** Repr of the value the frame returned (or yielded) right after this line. */
  returned?: string;
  /** `Type: message` of an exception raised by this line (or raised through it from a call). */
  raised?: string;
  /** Text printed while this line ran. */
  printed?: string;
}

export function annotateLines(steps: readonly TraceStep[]): LineAnnotation[] {
  const links = linkFrames(steps);
  const annotations: LineAnnotation[] = [];
  const byStep = new Map<number, LineAnnotation>();
  // The latest line of each depth: printed text goes to the line of the frame that printed it.
  const latestAtDepth: (LineAnnotation | undefined)[] = [];
  for (let index = 0; index < steps.length; index++) {
    const step = steps[index]!;
    if (step.event === 'line') {
      const next = links.after[index]!;
      const after = next >= 0 ? steps[next]!.locals : undefined;
      const annotation: LineAnnotation = {
        order: annotations.length,
        line: step.line,
        depth: step.depth,
        after,
        changes: after ? diffVariables(step.locals, after) : [],
      };
      annotations.push(annotation);
      byStep.set(index, annotation);
      latestAtDepth[step.depth] = annotation;
    }
    // The line that led to this event; a return that follows an exception event is the frame unwinding
    // (CPython reports None as its value), so it only counts when a line led to it directly.
    const cause = byStep.get(links.before[index]!);
    if (cause && step.event === 'return' && step.func !== '<module>' && step.value) {
      cause.returned = step.value.repr;
    }
    if (cause && step.event === 'exception' && step.exception) {
      cause.raised = describeException(step.exception);
    }
    const printer = latestAtDepth[step.depth];
    if (step.stdout && printer) printer.printed = (printer.printed ?? '') + step.stdout;
  }
  return annotations;
}
