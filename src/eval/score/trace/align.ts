/**
 * Aligns a predicted trace with the real one: a weighted longest common subsequence (Needleman–Wunsch
 * with zero gap cost) where two steps may pair only when they are at the same line (or are both output
 * steps), and an equal pair weighs more than a merely same-line pair. Gaps are free, so a missing step
 * leaves every later step free to pair with its true counterpart.
 */

import { correctIdsOf, sameStep } from './compare-steps.js';
import type { CodeExecutorStep } from './parse-codeexecutor.js';

/** Above this many cells the quadratic table is too big; position-by-position pairing is used instead. */
const MAX_CELLS = 25_000_000;

export interface Alignment {
  sameSteps: number;
  correctIds: number;
  /** Pairs (prediction index, real index) in order. */
  pairs: [number, number][];
}

function pairWeight(pred: CodeExecutorStep, gold: CodeExecutorStep): number {
  if (sameStep(pred, gold)) return 2;
  if (pred.isOutput && gold.isOutput) return 1;
  if (pred.hasState && gold.hasState && !pred.isOutput && !gold.isOutput && pred.lineInfo === gold.lineInfo)
    return 1;
  return 0;
}

export function alignSteps(pred: readonly CodeExecutorStep[], gold: readonly CodeExecutorStep[]): Alignment {
  const n = pred.length;
  const m = gold.length;
  const pairs: [number, number][] = [];
  if (n * m > MAX_CELLS) {
    for (let i = 0; i < Math.min(n, m); i++) if (pairWeight(pred[i]!, gold[i]!) > 0) pairs.push([i, i]);
    return summarise(pred, gold, pairs);
  }
  // score[i][j]: best total weight aligning pred[i..] with gold[j..]; filled backwards so the
  // traceback can walk forwards and emit pairs in order.
  const width = m + 1;
  const score = new Float64Array((n + 1) * width);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      const weight = pairWeight(pred[i]!, gold[j]!);
      const diagonal = weight > 0 ? weight + score[(i + 1) * width + j + 1]! : 0;
      score[i * width + j] = Math.max(diagonal, score[(i + 1) * width + j]!, score[i * width + j + 1]!);
    }
  }
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    const here = score[i * width + j]!;
    const weight = pairWeight(pred[i]!, gold[j]!);
    if (weight > 0 && here === weight + score[(i + 1) * width + j + 1]!) {
      pairs.push([i, j]);
      i++;
      j++;
    } else if (here === score[(i + 1) * width + j]!) i++;
    else j++;
  }
  return summarise(pred, gold, pairs);
}

function summarise(
  pred: readonly CodeExecutorStep[],
  gold: readonly CodeExecutorStep[],
  pairs: [number, number][],
): Alignment {
  let sameSteps = 0;
  let correctIds = 0;
  for (const [i, j] of pairs) {
    if (sameStep(pred[i]!, gold[j]!)) sameSteps++;
    correctIds += correctIdsOf(pred[i]!, gold[j]!);
  }
  return { sameSteps, correctIds, pairs };
}
