import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEngine, type Engine } from '../../../src/engine/engine.js';
import {
  aggregateTraceCounts,
  createScorer,
  goldTraceText,
  parseCodeExecutorTrace,
  summarize,
  traceCounts,
} from '../../../src/eval/score/index.js';
import type { TaskItem } from '../../../src/tasks/types.js';

const code =
  'def f(n):\n    total = 0\n    for i in range(n):\n        total += i\n    print(total)\n    return total';
let engine: Engine;
let item: TaskItem;
let gold: string;

beforeAll(async () => {
  engine = await createEngine({ backend: 'native', workers: 1 });
  const result = await engine.run({ code, mode: 'call', call: 'f(4)' });
  item = {
    id: 't',
    task: 'trace',
    code,
    mode: 'call',
    input: { call: 'f(4)' },
    output: result.returnRepr!,
    trace: result.steps,
    status: result.status,
    meta: {},
  };
  gold = goldTraceText(item);
});
afterAll(() => engine.close());

/** The gold steps as separate strings, so a test can edit one. */
function goldSteps(): string[] {
  return parseCodeExecutorTrace(gold).map((step) => step.text.trim());
}

describe('CodeExecutor trace metrics', () => {
  it('reads the rendered true trace into steps the way metric.py splits it', () => {
    const steps = parseCodeExecutorTrace(gold);
    expect(steps.length).toBeGreaterThan(8);
    // Line numbers are 0-based: `<line> <1>` is `total = 0`, with the state after it ran.
    expect(steps[0]!.lineInfo).toBe('<line> <0>');
    expect(steps.find((step) => step.lineInfo === '<line> <1>')!.state.get('total')).toBe('0');
    expect(steps.some((step) => step.isOutput && step.text.startsWith('<output> 6'))).toBe(true);
  });

  it('scores the true trace as exact on every metric', () => {
    const counts = traceCounts(gold, gold);
    expect(counts.exact).toBe(1);
    const metrics = aggregateTraceCounts([counts]);
    for (const value of Object.values(metrics)) expect(value).toBe(1);
  });

  it('one wrong value: that step and that variable are wrong, nothing else', () => {
    const steps = goldSteps();
    const target = steps.findIndex((step) => step.includes('total : 3'));
    steps[target] = steps[target]!.replace('total : 3', 'total : 4');
    const counts = traceCounts(steps.join(' '), gold);
    expect(counts.exact).toBe(0);
    expect(counts.sameSteps).toBe(counts.goldSteps - 1);
    expect(counts.correctIds).toBe(counts.goldIds - 1);
    expect(counts.alignedSameSteps).toBe(counts.goldSteps - 1);
  });

  it('one missing step: exact-position metrics drop, aligned ones barely', () => {
    const steps = goldSteps();
    steps.splice(2, 1);
    const counts = traceCounts(steps.join(' '), gold);
    const metrics = aggregateTraceCounts([counts]);
    expect(counts.predSteps).toBe(counts.goldSteps - 1);
    expect(counts.sameSteps).toBeLessThanOrEqual(3);
    expect(counts.alignedSameSteps).toBe(counts.goldSteps - 1);
    expect(metrics.lineRecall).toBeLessThan(0.5);
    expect(metrics.alignedLineRecall).toBeCloseTo((counts.goldSteps - 1) / counts.goldSteps, 12);
    expect(metrics.alignedLinePrecision).toBe(1);
    expect(metrics.alignedIdRecall).toBeGreaterThan(0.85);
    expect(metrics.idRecall).toBeLessThan(metrics.alignedIdRecall!);
  });

  it('drops a last step cut off before </state>, as metric.py does', () => {
    const cut = `${gold} <line> <3> <state> total : 6`;
    expect(parseCodeExecutorTrace(cut).length).toBe(parseCodeExecutorTrace(gold).length);
  });

  it('the scorer reports trace accuracy and micro-averaged metrics over items', async () => {
    const scorer = await createScorer('trace');
    const wrong = goldSteps();
    wrong.splice(0, 1);
    const results = [];
    for await (const result of scorer.scoreAll([
      { item, responses: [`[ANSWER]${gold}[/ANSWER]`, wrong.join(' '), 'I cannot say'] },
    ])) {
      results.push(result);
    }
    await scorer.close();
    expect(results[0]!.verdicts.map((verdict) => verdict.reason)).toEqual([
      'correct',
      'trace_mismatch',
      'no_answer',
    ]);
    const summary = summarize(results);
    expect(summary.traceMetrics!.traceAccuracy).toBeCloseTo(1 / 3, 12);
    expect(summary.traceMetrics!.outputAccuracy).toBeCloseTo(2 / 3, 12);
    expect(summary.traceMetrics!.alignedLineRecall).toBeGreaterThan(summary.traceMetrics!.lineRecall!);
  });
});
