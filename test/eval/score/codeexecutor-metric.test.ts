/**
 * semtrace's trace scorer against CodeExecutor's released metric (`inference/metric.py`), on data the
 * released metric scored outside this repository (test/fixtures/golden/PROVENANCE.md): 30 gold traces
 * × 15 perturbed prediction sets, 450 per-item counts, and per set the metric list `compute_metrics`
 * returns. Also checks that the metric reads our `codeexecutor` renders as we wrote them: every step one
 * step, every printed line one output, the last one included.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEngine, type Engine } from '../../../src/engine/engine.js';
import type { RunStatus } from '../../../src/engine/types.js';
import { aggregateTraceCounts, type TraceCounts, traceCounts } from '../../../src/eval/score/index.js';
import { renderCodeExecutor } from '../../../src/formats/codeexecutor.js';

const FOLDER = join(import.meta.dirname, '../../fixtures/golden/codeexecutor');

interface Item {
  id: string;
  code: string;
  mode: 'call' | 'script';
  call?: string;
  stdin?: string;
  status: RunStatus;
  stdout: string;
  gold: string;
}
interface Inputs {
  items: Item[];
  sets: { name: string; predictions: string[] }[];
}
type ReleasedCounts = Omit<TraceCounts, 'alignedSameSteps' | 'alignedCorrectIds'>;
interface Released {
  goldRead: { steps: string[]; outputs: string[] }[];
  sets: { name: string; counts: ReleasedCounts[]; computeMetrics: number[] | null }[];
}

/**
 * The gold traces were rendered when the engine still recorded CPython 3.11's hidden comprehension
 * iterator `.0`; it records the program's own names only now (docs/engine.md, "Hidden names"). The
 * released metric's counts are checked on the golds as committed; only a fresh render is compared
 * without the `.0` entries.
 */
const withoutHiddenIterator = (text: string): string =>
  text.replace(/\.0 : <[a-z_]+ object> (?:<dictsep> )?/g, '');

const inputs = JSON.parse(readFileSync(join(FOLDER, 'inputs.json'), 'utf8')) as Inputs;
const released = JSON.parse(readFileSync(join(FOLDER, 'released-metric.json'), 'utf8')) as Released;
const COUNT_KEYS = Object.keys(released.sets[0]!.counts[0]!) as (keyof ReleasedCounts)[];

describe('CodeExecutor metrics agree with the released metric.py', () => {
  it('gives the same per-item counts on 30 gold traces × 15 prediction sets', () => {
    expect(inputs.items).toHaveLength(30);
    expect(inputs.sets).toHaveLength(15);
    let agreeing = 0;
    for (const [setIndex, set] of inputs.sets.entries()) {
      const expected = released.sets[setIndex]!;
      expect(expected.name).toBe(set.name);
      for (const [index, prediction] of set.predictions.entries()) {
        const ours = traceCounts(prediction, inputs.items[index]!.gold);
        const picked = Object.fromEntries(COUNT_KEYS.map((key) => [key, ours[key]]));
        expect(picked, `${set.name}, item ${index}`).toEqual(expected.counts[index]);
        agreeing++;
      }
    }
    expect(agreeing).toBe(450);
  });

  it('gives the metric list compute_metrics returns for every set it can score', () => {
    let compared = 0;
    for (const [setIndex, set] of inputs.sets.entries()) {
      const expected = released.sets[setIndex]!.computeMetrics;
      if (!expected) continue; // metric.py divides by zero (an empty set, or no identifier right)
      const counts = set.predictions.map((prediction, index) =>
        traceCounts(prediction, inputs.items[index]!.gold),
      );
      const m = aggregateTraceCounts(counts);
      const ours = [
        m.outputAccuracy,
        m.traceAccuracy,
        m.linePrecision,
        m.lineRecall,
        m.lineF1,
        m.idPrecision,
        m.idRecall,
        m.idF1,
      ].map((value) => 100 * value!);
      ours.forEach((value, i) => {
        expect(Math.abs(value - expected[i]!), `${set.name}, metric ${i}`).toBeLessThanOrEqual(0.005 + 1e-9);
      });
      compared++;
    }
    expect(compared).toBe(13);
  });
});

describe('metric.py reads our codeexecutor renders step for step', () => {
  let engine: Engine;
  beforeAll(async () => {
    engine = await createEngine({ backend: 'native', workers: 1 });
  });
  afterAll(() => engine?.close());

  it('renders each gold trace as committed, and the metric keeps every step and output', async () => {
    for (const [index, item] of inputs.items.entries()) {
      const result = await engine.run({
        code: item.code,
        mode: item.mode,
        call: item.call,
        stdin: item.stdin,
      });
      expect(result.python).toMatch(/^3\.11\./);
      const input = item.mode === 'call' ? { call: item.call } : { stdin: item.stdin };
      const render = renderCodeExecutor({ code: item.code, mode: item.mode, input, result })!;
      expect(render.replace(/\s+/g, ' ').trim(), item.id).toBe(
        withoutHiddenIterator(item.gold.replace(/\s+/g, ' ').trim()),
      );
      const read = released.goldRead[index]!;
      const written = render.match(/<line>|<output>/g) ?? [];
      expect(read.steps, item.id).toHaveLength(written.length);
      const printed = result.stdout
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean);
      expect(read.outputs, item.id).toEqual(printed);
    }
  });
});
