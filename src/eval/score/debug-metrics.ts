/**
 * Metrics of the `debug` task over samples: exact next state, line accuracy, and variable-level
 * precision / recall / F1 (micro-averaged: counts summed over samples first). Pure.
 */
import type { NextState } from '../../debug/next-state.js';

export interface DebugCounts {
  exact: number;
  line: number;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
}

/** The counts of an answer that gave no next state: nothing right, every real change missed. */
export function missingDebugCounts(real: NextState): DebugCounts {
  return {
    exact: 0,
    line: 0,
    truePositives: 0,
    falsePositives: 0,
    falseNegatives: Object.keys(real.changed).length,
  };
}

export function aggregateDebugCounts(all: readonly Partial<DebugCounts>[]): Record<string, number> {
  const sum = (key: keyof DebugCounts) => all.reduce((total, counts) => total + (counts[key] ?? 0), 0);
  const ratio = (a: number, b: number) => (b === 0 ? 0 : a / b);
  const tp = sum('truePositives');
  // No predicted and no real changes at all is perfect agreement, not 0/0.
  const precision = tp + sum('falsePositives') === 0 ? 1 : ratio(tp, tp + sum('falsePositives'));
  const recall = tp + sum('falseNegatives') === 0 ? 1 : ratio(tp, tp + sum('falseNegatives'));
  return {
    exactState: ratio(sum('exact'), all.length),
    lineAccuracy: ratio(sum('line'), all.length),
    variablePrecision: precision,
    variableRecall: recall,
    variableF1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall),
  };
}
