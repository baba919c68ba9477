import { describe, expect, it } from 'vitest';
import { createScorer } from '../../../src/eval/score/scorer.js';
import { summarize } from '../../../src/eval/score/summarize.js';
import type { ItemResult } from '../../../src/eval/types.js';
import { loadTaskItems } from '../../../src/tasks/load.js';
import type { TaskItem } from '../../../src/tasks/types.js';
import { cruxevalPath } from '../../support/paths.js';

/** A next `next`-style answer for an item: the real one, or with the line or a variable changed. */
function answer(item: TaskItem, how: 'right' | 'wrong-line' | 'extra-variable'): string {
  const real = item.debug!.answer;
  if (real.ended) return how === 'right' ? '{"ended": true}' : '{"line": 1, "changed": {}}';
  const line = how === 'wrong-line' ? real.line! + 100 : real.line;
  const changed = how === 'extra-variable' ? { ...real.changed, zzz: '1' } : real.changed;
  return `I think it stops here.\n[ANSWER]\n${JSON.stringify({ line, changed })}\n[/ANSWER]`;
}

describe('debug task scoring', () => {
  it('judges exact next states, and counts line and variable hits', { timeout: 120_000 }, async () => {
    const items: TaskItem[] = [];
    for await (const item of loadTaskItems('debug', cruxevalPath, { limit: 15, backend: 'native' }))
      items.push(item);
    const scorer = await createScorer('debug');
    const results: ItemResult[] = [];
    for await (const result of scorer.scoreAll(
      items.map((item, index) => ({
        item,
        responses: [
          answer(item, index % 3 === 0 ? 'right' : index % 3 === 1 ? 'wrong-line' : 'extra-variable'),
        ],
      })),
    ))
      results.push(result);
    await scorer.close();
    const first = results[0]!;
    expect(first.verdicts[0]!.correct).toBe(true);
    expect(first.extracted[0]!.how).toMatch(/json/);
    const wrongLine = results[1]!.verdicts[0]!;
    if (!items[1]!.debug!.answer.ended) {
      expect(wrongLine.correct).toBe(false);
      expect(wrongLine.detail).toMatch(/^line: \d+ ≠ \d+/);
    }
    const extra = results[2]!.verdicts[0]!;
    expect(extra.correct).toBe(false);
    const summary = summarize(results);
    expect(summary.task).toBe('debug');
    expect(summary.passAtK['pass@1']!.value).toBeCloseTo(5 / 15, 5);
    expect(summary.debugMetrics!.exactState).toBeCloseTo(5 / 15, 5);
    expect(summary.debugMetrics!.variableRecall).toBe(1);
    expect(summary.debugMetrics!.variablePrecision).toBeLessThan(1);
    expect(Object.keys(summary.byAction!).sort()).toEqual(['continue', 'finish', 'next', 'step', 'until']);
    expect(summary.traceMetrics).toBeUndefined();
  });

  it('an answer without a next state misses every real change', { timeout: 120_000 }, async () => {
    const items: TaskItem[] = [];
    for await (const item of loadTaskItems('debug', cruxevalPath, { limit: 5, backend: 'native' }))
      items.push(item);
    const scorer = await createScorer('debug');
    const item = items.find((candidate) => Object.keys(candidate.debug!.answer.changed).length > 0)!;
    const { extracted, verdicts } = await scorer.scoreItem(item, ['no idea']);
    await scorer.close();
    expect(extracted[0]!.answer).toBeNull();
    expect(verdicts[0]!.reason).toBe('no_answer');
    expect(verdicts[0]!.metrics!.falseNegatives).toBe(Object.keys(item.debug!.answer.changed).length);
  });
});
