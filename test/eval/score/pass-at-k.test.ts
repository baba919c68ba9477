import { describe, expect, it } from 'vitest';
import { passAtK, summarize } from '../../../src/eval/score/index.js';
import type { ItemResult, Verdict } from '../../../src/eval/types.js';

describe('passAtK (unbiased estimator)', () => {
  it('matches hand-computed values', () => {
    expect(passAtK(10, 0, 1)).toBe(0);
    expect(passAtK(10, 10, 5)).toBe(1);
    expect(passAtK(10, 3, 1)).toBeCloseTo(0.3, 12);
    // 1 - C(7,5)/C(10,5) = 1 - 21/252
    expect(passAtK(10, 3, 5)).toBeCloseTo(1 - 21 / 252, 12);
    // 1 - C(8,2)/C(10,2) = 1 - 28/45
    expect(passAtK(10, 2, 2)).toBeCloseTo(1 - 28 / 45, 12);
    // n - c < k: every draw of k holds a correct sample
    expect(passAtK(5, 2, 4)).toBe(1);
    expect(passAtK(200, 1, 100)).toBeCloseTo(0.5, 12);
  });

  it('refuses k larger than n and impossible counts', () => {
    expect(() => passAtK(3, 1, 5)).toThrow(/at least 5 samples/);
    expect(() => passAtK(3, 4, 1)).toThrow(/0 ≤ c ≤ n/);
  });
});

function result(id: string, correct: boolean[], meta: ItemResult['meta'] = {}): ItemResult {
  const verdicts: Verdict[] = correct.map((ok) => ({ correct: ok, reason: ok ? 'correct' : 'wrong_value' }));
  return {
    id,
    task: 'output',
    meta,
    code: '',
    mode: 'call',
    input: {},
    output: '',
    responses: correct.map(() => ''),
    extracted: [],
    verdicts,
    passAtK: {},
  };
}

describe('summarize', () => {
  it('averages pass@k over items, counts items without predictions as wrong, breaks down by meta', () => {
    const results = [
      result('a', [true, false], { level: 'tutorial', traceLength: 5, operator: 'AOR' }),
      result('b', [true, true], { level: 'contest', traceLength: 50 }),
      result('c', [false, false], { level: 'contest', traceLength: 500 }),
      result('d', []),
    ];
    const summary = summarize(results, [2]);
    expect(summary.items).toBe(4);
    expect(summary.samples).toBe(6);
    expect(summary.itemsWithoutPrediction).toBe(1);
    expect(summary.itemsCorrect).toBe(2);
    expect(summary.passAtK['pass@1']!.value).toBeCloseTo((0.5 + 1 + 0 + 0) / 4, 12);
    expect(summary.passAtK['pass@2']!.value).toBeCloseTo((1 + 1 + 0 + 0) / 4, 12);
    expect(summary.reasons).toEqual({ correct: 3, wrong_value: 3 });
    expect(summary.byLevel.contest).toEqual({ items: 2, correct: 1, 'pass@1': 0.5 });
    expect(Object.keys(summary.byTraceLength).sort()).toEqual(['5-9', '50-99', '500-999', 'unknown']);
    expect(summary.byOperator.AOR!['pass@1']).toBe(0.5);
    expect(summary.byOperator.original!.items).toBe(3);
    const [low, high] = summary.passAtK['pass@1']!.ci95;
    expect(low).toBeLessThan(0.375);
    expect(high).toBeGreaterThan(0.375);
  });

  it('gives a Wilson interval for one sample per item', () => {
    const results = Array.from({ length: 10 }, (_, i) => result(String(i), [i < 8]));
    const estimate = summarize(results).passAtK['pass@1']!;
    expect(estimate.value).toBeCloseTo(0.8, 12);
    // Wilson 95% for 8/10: 0.490 – 0.943
    expect(estimate.ci95[0]).toBeCloseTo(0.4902, 3);
    expect(estimate.ci95[1]).toBeCloseTo(0.9433, 3);
  });
});
