/**
 * A model's predicted trace against the real one, with the scorer's own code: the real run rendered
 * in the CodeExecutor format (src/formats), both parsed as the metrics parse them, aligned as the
 * aligned metrics align them (src/eval/score/trace), then laid out as rows for the viewer.
 */
import type { SampleInput } from '../../../dataset/types.js';
import type { EntryMode, RunResult } from '../../../engine/types.js';
import { alignSteps } from '../../../eval/score/trace/align.js';
import { sameStep } from '../../../eval/score/trace/compare-steps.js';
import {
  type CodeExecutorStep,
  parseCodeExecutorTrace,
} from '../../../eval/score/trace/parse-codeexecutor.js';
import { renderCodeExecutor } from '../../../formats/codeexecutor.js';

export interface ComparisonRow {
  predicted?: CodeExecutorStep;
  real?: CodeExecutorStep;
  /** 1-based source line of the step (from whichever side has one). */
  line?: number;
  /** Index into the real run's `steps` of the line event this real step came from. */
  realStep?: number;
  same: boolean;
  /** Variables whose values differ, or that only one side has. */
  differing: Set<string>;
}

export interface Comparison {
  rows: ComparisonRow[];
  /** Row index of the first row that is not the same on both sides, or -1. */
  firstDivergence: number;
  predictedSteps: number;
  realSteps: number;
  sameSteps: number;
}

/** `<line> <K>` → K + 1. */
export function lineOf(step: CodeExecutorStep | undefined): number | undefined {
  const match = step?.lineInfo.match(/<line>\s*<(\d+)>/);
  return match ? Number(match[1]) + 1 : undefined;
}

/** The real run's trace text, as the scorer renders the gold trace. */
export function realTraceText(code: string, mode: EntryMode, input: SampleInput, result: RunResult): string {
  return renderCodeExecutor({ code, mode, input, result }) ?? '';
}

function differingNames(
  predicted: CodeExecutorStep | undefined,
  real: CodeExecutorStep | undefined,
): Set<string> {
  const names = new Set<string>();
  if (!predicted || !real) return names;
  for (const [name, value] of real.state) if (predicted.state.get(name) !== value) names.add(name);
  for (const name of predicted.state.keys()) if (!real.state.has(name)) names.add(name);
  return names;
}

/** Maps each parsed real step that starts with `<line>` to the index of the line event that produced it, in order. */
function lineEventIndexes(result: RunResult): number[] {
  const indexes: number[] = [];
  result.steps.forEach((step, index) => {
    if (step.event === 'line') indexes.push(index);
  });
  return indexes;
}

export function comparePrediction(predictedText: string, realText: string, result: RunResult): Comparison {
  const predicted = parseCodeExecutorTrace(predictedText);
  const real = parseCodeExecutorTrace(realText);
  const events = lineEventIndexes(result);
  const realStepOf: (number | undefined)[] = [];
  let lineSteps = 0;
  for (const step of real) realStepOf.push(step.isOutput ? undefined : events[lineSteps++]);
  const { pairs } = alignSteps(predicted, real);
  const rows: ComparisonRow[] = [];
  let i = 0;
  let j = 0;
  const push = (p: number | undefined, r: number | undefined) => {
    const predictedStep = p === undefined ? undefined : predicted[p];
    const realStep = r === undefined ? undefined : real[r];
    rows.push({
      predicted: predictedStep,
      real: realStep,
      line: lineOf(realStep) ?? lineOf(predictedStep),
      realStep: r === undefined ? undefined : realStepOf[r],
      same: predictedStep !== undefined && realStep !== undefined && sameStep(predictedStep, realStep),
      differing: differingNames(predictedStep, realStep),
    });
  };
  // Steps left unpaired between two aligned pairs are shown side by side, in order.
  const gapUntil = (p: number, r: number) => {
    while (i < p || j < r) push(i < p ? i++ : undefined, j < r ? j++ : undefined);
  };
  for (const [p, r] of pairs) {
    gapUntil(p, r);
    push(i++, j++);
  }
  gapUntil(predicted.length, real.length);
  return {
    rows,
    firstDivergence: rows.findIndex((row) => !row.same),
    predictedSteps: predicted.length,
    realSteps: real.length,
    sameSteps: rows.filter((row) => row.same).length,
  };
}
