import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEngine, type Engine } from '../../src/engine/engine.js';
import type { BackendName, RunResult } from '../../src/engine/types.js';
import { loadCruxeval } from '../support/cruxeval.js';
import { pythonValuesEqual } from '../support/python-equal.js';
import { testIsolation } from '../support/requirements.js';
import { validateRunResult } from '../support/schema.js';

const backends: BackendName[] = ['native', 'pyodide'];

describe.each(backends)('%s backend on all 800 CRUXEval programs', (backend) => {
  let engine: Engine;
  const results: RunResult[] = [];
  const items = loadCruxeval();

  beforeAll(async () => {
    engine = await createEngine({ backend, workers: 2, isolation: testIsolation });
    const requests = items.map((item) => ({ code: item.code, call: `f(${item.input})` }));
    for await (const { result } of engine.runMany(requests)) results.push(result);
  }, 300_000);
  afterAll(() => engine?.close());

  it('reproduces every true output (value equality as Python decides it)', () => {
    expect(results).toHaveLength(800);
    const failures = results.flatMap((result, index) =>
      result.status === 'ok' ? [] : [`${items[index]!.id}: ${result.status}`],
    );
    expect(failures).toEqual([]);
    const equal = pythonValuesEqual(
      results.map((result, index) => [result.returnRepr ?? 'None', items[index]!.output]),
    );
    const wrong = equal.flatMap((same, index) =>
      same ? [] : [`${items[index]!.id}: ${results[index]!.returnRepr} != ${items[index]!.output}`],
    );
    expect(wrong).toEqual([]);
  });

  it('returns results that match the published JSON Schema', () => {
    for (const result of results.slice(0, 100)) {
      expect(validateRunResult(result), JSON.stringify(validateRunResult.errors)).toBe(true);
    }
  });

  it('records a trace whose last event is the return of f with the returned value', () => {
    for (const result of results) {
      const last = result.steps.at(-1)!;
      expect(last.event).toBe('return');
      expect(last.func).toBe('f');
      expect(last.value?.repr).toBe(result.returnRepr);
      expect(result.python).toMatch(/^3\.\d+\.\d+$/);
      expect(result.backend).toBe(backend);
      expect(result.isolation).toBe(testIsolation);
    }
  });
});
