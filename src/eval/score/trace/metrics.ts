/**
 * CodeExecutor's trace metrics, per item as counts (so any set of items can be micro-averaged later):
 * exact-position comparison (step i against step i, as `inference/metric.py`) and an alignment-aware
 * variant that pairs steps by a weighted longest common subsequence, so one missing or extra step
 * costs that step only instead of every step after it.
 */
import { alignSteps } from './align.js';
import { correctIdsOf, sameStep } from './compare-steps.js';
import { type CodeExecutorStep, parseCodeExecutorTrace, traceOutputs } from './parse-codeexecutor.js';

/** Per-item counts; every key is a number so it fits `Verdict.metrics`. */
export interface TraceCounts {
  goldSteps: number;
  predSteps: number;
  /** Steps equal at the same position. */
  sameSteps: number;
  goldIds: number;
  predIds: number;
  /** Variables with the right value at the same position and line. */
  correctIds: number;
  /** 1 when the real trace prints something (output accuracy is over these items). */
  hasOutput: number;
  /** 1 when the printed outputs are all equal, in order. */
  outputMatch: number;
  /** 1 when every step is equal and the lengths are equal (trace accuracy). */
  exact: number;
  /** Steps equal after alignment. */
  alignedSameSteps: number;
  /** Variables with the right value in aligned steps of the same line. */
  alignedCorrectIds: number;
}

export function traceCounts(predicted: string, gold: string): TraceCounts {
  const pred = parseCodeExecutorTrace(predicted);
  const real = parseCodeExecutorTrace(gold);
  let sameSteps = 0;
  let correctIds = 0;
  for (let i = 0; i < real.length && i < pred.length; i++) {
    if (sameStep(pred[i]!, real[i]!)) sameSteps++;
    correctIds += correctIdsOf(pred[i]!, real[i]!);
  }
  const goldOutputs = traceOutputs(real);
  const predOutputs = traceOutputs(pred);
  const hasOutput = goldOutputs.length > 0;
  const outputMatch =
    hasOutput &&
    goldOutputs.length === predOutputs.length &&
    goldOutputs.every((text, i) => text === predOutputs[i]);
  const aligned = alignSteps(pred, real);
  return {
    goldSteps: real.length,
    predSteps: pred.length,
    sameSteps,
    goldIds: countIds(real),
    predIds: countIds(pred),
    correctIds,
    hasOutput: hasOutput ? 1 : 0,
    outputMatch: outputMatch ? 1 : 0,
    exact: sameSteps === real.length && pred.length === real.length ? 1 : 0,
    alignedSameSteps: aligned.sameSteps,
    alignedCorrectIds: aligned.correctIds,
  };
}

function countIds(steps: readonly CodeExecutorStep[]): number {
  return steps.reduce((sum, step) => sum + step.state.size, 0);
}

/** Micro-averaged metrics (fractions 0..1) over any number of items' counts. */
export function aggregateTraceCounts(all: readonly Partial<TraceCounts>[]): Record<string, number> {
  const sum = (key: keyof TraceCounts) => all.reduce((total, counts) => total + (counts[key] ?? 0), 0);
  const ratio = (a: number, b: number) => (b === 0 ? 0 : a / b);
  const f1 = (p: number, r: number) => (p + r === 0 ? 0 : (2 * p * r) / (p + r));
  const linePrecision = ratio(sum('sameSteps'), sum('predSteps'));
  const lineRecall = ratio(sum('sameSteps'), sum('goldSteps'));
  const idPrecision = ratio(sum('correctIds'), sum('predIds'));
  const idRecall = ratio(sum('correctIds'), sum('goldIds'));
  const alignedLinePrecision = ratio(sum('alignedSameSteps'), sum('predSteps'));
  const alignedLineRecall = ratio(sum('alignedSameSteps'), sum('goldSteps'));
  const alignedIdPrecision = ratio(sum('alignedCorrectIds'), sum('predIds'));
  const alignedIdRecall = ratio(sum('alignedCorrectIds'), sum('goldIds'));
  return {
    outputAccuracy: ratio(sum('outputMatch'), sum('hasOutput')),
    traceAccuracy: ratio(sum('exact'), all.length),
    linePrecision,
    lineRecall,
    lineF1: f1(linePrecision, lineRecall),
    idPrecision,
    idRecall,
    idF1: f1(idPrecision, idRecall),
    alignedLinePrecision,
    alignedLineRecall,
    alignedLineF1: f1(alignedLinePrecision, alignedLineRecall),
    alignedIdPrecision,
    alignedIdRecall,
    alignedIdF1: f1(alignedIdPrecision, alignedIdRecall),
  };
}
