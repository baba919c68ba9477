/**
 * The demo corpus promises the same output on CPython 3.11 (native) and 3.14 (Pyodide, the default
 * backend). A spread sample of its programs runs on both, with every input, and must print and return
 * the same. Traces are not compared: line events and reprs may differ between Python versions.
 * The Pyodide backend runs from dist/ (built by `npm test`).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEngine, type Engine } from '../../src/engine/engine.js';
import type { RunRequest, RunResult } from '../../src/engine/types.js';
import { type DemoInput, type DemoProgram, readDemoCorpus, runLabel } from './demo-corpus.js';

/** Every ninth program in corpus order: about 20, spread over the three levels and both styles. */
const SAMPLE_STRIDE = 9;
const sample = readDemoCorpus().programs.filter((_, i) => i % SAMPLE_STRIDE === 0);
const runs = sample.flatMap((program) => program.inputs.map((input) => ({ program, input })));

function toRequest(program: DemoProgram, input: DemoInput): RunRequest {
  return input.kind === 'call'
    ? { code: program.code, mode: 'call', call: input.call }
    : { code: program.code, mode: 'script', stdin: input.stdin };
}

/** What a user sees of a run: status, printed output, return value and the exception's type. */
function observable(result: RunResult) {
  return {
    status: result.status,
    stdout: result.stdout,
    returnRepr: result.returnRepr,
    exception: result.exception?.type ?? null,
  };
}

async function runAll(engine: Engine): Promise<RunResult[]> {
  const results: RunResult[] = [];
  for await (const { index, result } of engine.runMany(runs.map((r) => toRequest(r.program, r.input)))) {
    results[index] = result;
  }
  return results;
}

describe('demo corpus on Pyodide and native CPython', () => {
  let native: Engine;
  let pyodide: Engine;
  beforeAll(async () => {
    native = await createEngine({ backend: 'native', workers: 1 });
    pyodide = await createEngine({ backend: 'pyodide', workers: 1 });
  }, 180_000);
  afterAll(async () => {
    await native?.close();
    await pyodide?.close();
  });

  it('samples both levels and both entry styles', () => {
    expect(sample.length).toBeGreaterThanOrEqual(18);
    expect(new Set(sample.map((p) => p.level)).size).toBe(3);
    expect(sample.some((p) => p.style === 'call')).toBe(true);
    expect(sample.some((p) => p.style === 'stdin')).toBe(true);
  });

  it('prints and returns the same on both backends', async () => {
    const onNative = await runAll(native);
    const onPyodide = await runAll(pyodide);
    expect(onPyodide[0]?.backend).toBe('pyodide');
    expect(onPyodide[0]?.python).not.toBe(onNative[0]?.python);
    const differing: string[] = [];
    runs.forEach(({ program, input }, i) => {
      const a = observable(onNative[i] as RunResult);
      const b = observable(onPyodide[i] as RunResult);
      if (JSON.stringify(a) !== JSON.stringify(b)) {
        differing.push(
          `${runLabel(program, input)}: native ${JSON.stringify(a)} pyodide ${JSON.stringify(b)}`,
        );
      }
    });
    expect(differing).toEqual([]);
    // Both sides really ran the programs (an engine that answered nothing would also "agree").
    expect(onPyodide.filter((r) => r.status === 'ok' && r.steps.length > 0).length).toBeGreaterThan(
      runs.length / 2,
    );
  }, 300_000);
});
