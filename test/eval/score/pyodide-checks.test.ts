import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEngine, type Engine } from '../../../src/engine/engine.js';
import { createScorer, type FullScorer } from '../../../src/eval/score/index.js';
import type { TaskItem } from '../../../src/tasks/types.js';
import { loadCruxeval } from '../../support/cruxeval.js';

// The embedded default backend has no signals: the checks must still run (without the CPU-time cut).
let engine: Engine;
let output: FullScorer;
let input: FullScorer;

beforeAll(async () => {
  engine = await createEngine({ backend: 'pyodide', workers: 1 });
  output = await createScorer('output', { engine });
  input = await createScorer('input', { engine });
}, 120_000);
afterAll(async () => {
  await output.close();
  await input.close();
  await engine.close();
});

const item = (id: string, task: 'output' | 'input', code: string, call: string, out: string): TaskItem => ({
  id,
  task,
  code,
  mode: 'call',
  input: { call },
  output: out,
  meta: {},
});

describe('scoring on the Pyodide backend', () => {
  it('scores all 800 true CRUXEval outputs and inputs as correct', async () => {
    const crux = loadCruxeval();
    for (const [scorer, task] of [
      [output, 'output'],
      [input, 'input'],
    ] as const) {
      const pairs = crux.map((record) => ({
        item: item(record.id, task, record.code, `f(${record.input})`, record.output),
        responses: [
          task === 'output' ? `[ANSWER]${record.output}[/ANSWER]` : `[ANSWER]f(${record.input})[/ANSWER]`,
        ],
      }));
      const wrong: string[] = [];
      for await (const result of scorer.scoreAll(pairs)) {
        if (!result.verdicts[0]!.correct)
          wrong.push(`${task} ${result.id}: ${JSON.stringify(result.verdicts[0])}`);
      }
      expect(wrong).toEqual([]);
    }
  }, 300_000);

  it('judges equal-but-differently-written and wrong answers as CRUXEval does', async () => {
    const code = 'def f(x):\n    return [x / 2, str(x)]\n';
    const truth = item('hand', 'output', code, 'f(2)', "[1.0, '2']");
    const verdict = async (answer: string) => (await output.score(truth, answer)).verdict;
    expect((await verdict('[1, "2"]')).correct).toBe(true);
    expect((await verdict("(1.0, '2')")).correct).toBe(false);
    expect((await verdict('f(2)')).reason).toBe('restates_call');
  }, 120_000);
});
