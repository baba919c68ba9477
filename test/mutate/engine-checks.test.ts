import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEngine, type Engine } from '../../src/engine/engine.js';
import { mutateInput } from '../../src/mutate/input/index.js';
import { mutateProgram } from '../../src/mutate/program/index.js';
import { loadCruxeval } from '../support/cruxeval.js';
import { pythonValuesEqual } from '../support/python-equal.js';

/** Mutants and mutated inputs judged by CPython itself, through the engine. */
describe('mutation checked on the engine', () => {
  let engine: Engine;
  const items = loadCruxeval();
  beforeAll(async () => {
    engine = await createEngine({ backend: 'native', workers: 2 });
  }, 60_000);
  afterAll(() => engine?.close());

  it('most mutated inputs still run, and what they return are real CPython values', async () => {
    const requests = items.flatMap((item) =>
      mutateInput(item.input, { n: 2, seed: 1 }).map((input) => ({
        code: item.code,
        call: `f(${input})`,
        trace: false,
        // What is checked is what CPython returns, not isolation: one shared domain, a warm interpreter.
        domain: 'mutated-inputs',
      })),
    );
    let ok = 0;
    const values: string[] = [];
    for await (const { result } of engine.runMany(requests, { ordered: false })) {
      expect(result.status).not.toBe('syntax_error');
      if (result.status === 'ok') {
        ok++;
        values.push(result.returnRepr!);
      }
    }
    const share = ok / requests.length;
    console.log(`mutated inputs that run: ${ok}/${requests.length} (${(share * 100).toFixed(1)}%)`);
    expect(requests.length).toBeGreaterThan(1400);
    expect(share).toBeGreaterThan(0.5);
    // Reprs of builtin values evaluate back to themselves: each one equals itself when CPython reads it.
    const literal = values.filter((repr) => !repr.startsWith('<'));
    const same = pythonValuesEqual(literal.map((repr) => [repr, repr]));
    expect(same.filter(Boolean).length / literal.length).toBeGreaterThan(0.99);
  }, 240_000);

  it("CPython's compile() accepts every first-order program mutant of 100 programs", async () => {
    const requests = [];
    for (const item of items.slice(0, 100)) {
      for (const mutant of await mutateProgram(item.code)) {
        // Compile only: the module defines f and never calls it.
        requests.push({ code: mutant.source, trace: false, domain: 'program-mutants' });
      }
    }
    expect(requests.length).toBeGreaterThan(500);
    const rejected: string[] = [];
    for await (const { index, result } of engine.runMany(requests, { ordered: false })) {
      if (result.status === 'syntax_error') rejected.push(requests[index]!.code);
    }
    expect(rejected).toEqual([]);
  }, 240_000);
});
