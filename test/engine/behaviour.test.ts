import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEngine, type Engine } from '../../src/engine/engine.js';
import type { BackendName, RunResult } from '../../src/engine/types.js';
import { validateRunResult } from '../support/schema.js';

const backends: BackendName[] = ['native', 'pyodide'];

/** Everything but timings, which are the only part of a result allowed to differ between runs. */
function stable(result: RunResult): string {
  const { timings: _timings, ...rest } = result;
  return JSON.stringify(rest);
}

describe.each(backends)('engine behaviour on %s', (backend) => {
  let engine: Engine;
  beforeAll(async () => {
    engine = await createEngine({ backend, workers: 1 });
  }, 120_000);
  afterAll(() => engine?.close());

  it('gives byte-identical results for the same request (hash seed fixed, random reseeded)', async () => {
    const code =
      'import random\nwords = {"pear", "fig", "apple", "kiwi"}\nprint(sorted(words), list(words) == list(words), random.random())\nprint(hash("abc"))';
    const first = await engine.run({ code });
    const second = await engine.run({ code });
    expect(first.status).toBe('ok');
    expect(stable(second)).toBe(stable(first));
  });

  it("records a function's locals at every line, as the module's (3.13+ frames expose them through a proxy)", async () => {
    const code = 'def f(xs):\n    total = 0\n    for x in xs:\n        total += x\n    return total\n';
    const result = await engine.run({ code, call: 'f([2, 3])' });
    const inF = result.steps.filter((step) => step.func === 'f' && step.event === 'line');
    expect(inF.map((step) => Object.keys(step.locals))).toEqual([
      ['xs'],
      ['xs', 'total'],
      ['xs', 'total', 'x'],
      ['xs', 'total', 'x'],
      ['xs', 'total', 'x'],
      ['xs', 'total', 'x'],
      ['xs', 'total', 'x'],
    ]);
    expect(inF.at(-1)?.locals.total?.repr).toBe('5');
  });

  it('seeds random per request, so a second seed shows a program depends on randomness', async () => {
    const code = 'import random\nprint(random.randint(1, 10**9))';
    const plain = await engine.run({ code });
    const seeded = await engine.run({ code, seed: 7 });
    expect(seeded.stdout).not.toBe(plain.stdout);
    expect((await engine.run({ code, seed: 7 })).stdout).toBe(seeded.stdout);
    expect((await engine.run({ code, seed: 0 })).stdout).toBe(plain.stdout);
    await expect(engine.run({ code, seed: 1.5 })).rejects.toThrow(/seed must be an integer/);
  });

  it('counts exactly the steps it records, also when recursion ends the run', async () => {
    const code = 'def down(n):\n    return down(n + 1)\ndown(0)';
    const result = await engine.run({ code });
    expect(result.exception?.type).toBe('RecursionError');
    expect(result.stepCount).toBe(result.steps.length);
  });

  it('runs script mode with stdin', async () => {
    const result = await engine.run({
      code: 'a, b = map(int, input().split())\nprint(a + b)',
      stdin: '2 40\n',
    });
    expect(result).toMatchObject({ status: 'ok', stdout: '42\n', returnRepr: null });
  });

  it('reports syntax errors with their line, without running anything', async () => {
    const result = await engine.run({ code: 'x = 1\nif x\n    print(x)\n' });
    expect(result.status).toBe('syntax_error');
    expect(result.exception?.line).toBe(2);
    expect(result.steps).toEqual([]);
    const badCall = await engine.run({ code: 'def f(x):\n    return x', call: 'f(1,,2)' });
    expect(badCall.status).toBe('syntax_error');
    expect(badCall.exception?.message).toContain('call expression');
  });

  it('stops at the step limit and keeps the steps recorded so far', async () => {
    const result = await engine.run({ code: 'i = 0\nwhile True:\n    i += 1\n', limits: { maxSteps: 50 } });
    expect(result.status).toBe('step_limit');
    expect(result.steps).toHaveLength(50);
    expect(result.stepCount).toBe(50);
  });

  it('stops at the output limit with the output cut at the limit', async () => {
    const result = await engine.run({
      code: 'while True:\n    print("abcdefghij")\n',
      limits: { maxOutputBytes: 1000 },
      trace: false,
    });
    expect(result.status).toBe('output_limit');
    expect(Buffer.byteLength(result.stdout)).toBe(1000);
  });

  it('stops at the time limit, and the next program runs normally', async () => {
    const result = await engine.run({
      code: 'while True:\n    pass\n',
      limits: { timeoutMs: 300 },
      trace: false,
    });
    expect(result.status).toBe('timeout');
    const next = await engine.run({ code: 'print(6 * 7)' });
    expect(next).toMatchObject({ status: 'ok', stdout: '42\n' });
  });

  it('bounds reprs while building them and removes memory addresses', async () => {
    const code = 'big = list(range(100000))\ntext = "x" * 100000\nclass P:\n    pass\np = P()\ndone = 1\n';
    const result = await engine.run({ code, limits: { maxReprChars: 200 } });
    const last = result.steps.at(-2)!.locals;
    expect(last.big!.repr.length).toBeLessThan(400);
    expect(last.big!.repr).toMatch(/^\[0, 1, 2, .*\.\.\.\]$/);
    expect(last.text!.repr.length).toBeLessThan(260);
    expect(last.p!.repr).not.toMatch(/0x[0-9a-f]+/);
    expect(last.p!.type).toBe('P');
    expect(Object.keys(last)).not.toContain('P'); // classes are hidden by default
  });

  it('treats sys.exit(0) as a normal end and other exit codes as errors', async () => {
    expect((await engine.run({ code: 'import sys\nprint(1)\nsys.exit(0)\nprint(2)' })).status).toBe('ok');
    const failed = await engine.run({ code: 'import sys\nsys.exit(3)' });
    expect(failed.status).toBe('error');
    expect(failed.exception?.type).toBe('SystemExit');
  });

  it('runs with hash randomisation off, so set order of strings repeats on every worker', async () => {
    const code = 'import sys\nprint(sys.flags.hash_randomization, list({"alpha", "beta", "gamma", "delta"}))';
    const outputs = new Set<string>();
    for (let i = 0; i < 4; i++) outputs.add((await engine.run({ code })).stdout);
    expect([...outputs]).toHaveLength(1);
    expect([...outputs][0]).toMatch(/^0 /);
  });

  it('treats sys.exit() inside a called function as an error: the function returned nothing', async () => {
    const code = 'import sys\ndef f(code):\n    sys.exit(code)\n';
    for (const call of ['f(None)', 'f(0)', 'f(4)']) {
      const result = await engine.run({ code, call });
      expect(result.status).toBe('error');
      expect(result.exception?.type).toBe('SystemExit');
      expect(result.returnRepr).toBeNull();
    }
  });

  it('hides the tracer from the program and reports a program that replaces it', async () => {
    const hidden = await engine.run({ code: 'import sys\nprint(sys.gettrace())' });
    expect(hidden).toMatchObject({ status: 'ok', stdout: 'None\n' });
    // Restoring what gettrace() gave (doctest, pdb do) keeps the trace going.
    const restored = await engine.run({ code: 'import sys\nsys.settrace(sys.gettrace())\nx = 1\nprint(x)' });
    expect(restored).toMatchObject({ status: 'ok', stdout: '1\n' });
    expect(restored.steps.some((step) => step.line === 4)).toBe(true);
    const code = 'import sys\nsys.settrace(lambda *args: None)\nx = 1\nprint(x)';
    const replaced = await engine.run({ code });
    expect(replaced.status).toBe('error');
    expect(replaced.exception?.type).toBe('TraceInterrupted');
    expect(replaced.stdout).toBe('1\n');
    const untraced = await engine.run({ code, trace: false });
    expect(untraced).toMatchObject({ status: 'ok', stdout: '1\n' });
  });

  it("never calls the program's methods to record values, so tracing does not change its output", async () => {
    const code =
      'calls = 0\nclass T:\n    def __repr__(self):\n        global calls\n        calls += 1\n        return "T"\n' +
      'class Bomb:\n    def __repr__(self):\n        raise SystemExit(9)\nt, b = T(), Bomb()\nx = [t, b]\nprint(calls)';
    const traced = await engine.run({ code });
    expect(traced).toMatchObject({ status: 'ok', stdout: '0\n' });
    expect(traced.steps.at(-1)?.locals.x?.repr).toBe('[T(), Bomb()]');
  });

  it('produces results that validate against the JSON Schema', async () => {
    const result = await engine.run({
      code: 'def f(a):\n    try:\n        return a[5]\n    except IndexError as e:\n        raise ValueError("no") from e',
      call: 'f([1])',
    });
    expect(result.status).toBe('error');
    expect(validateRunResult(result), JSON.stringify(validateRunResult.errors)).toBe(true);
    expect(result.steps.some((step) => step.event === 'exception')).toBe(true);
  });

  it('streams many requests in input order with runMany', async () => {
    const requests = Array.from({ length: 30 }, (_, i) => ({ code: `print(${i} * 2)`, trace: false }));
    const seen: number[] = [];
    for await (const { index, result } of engine.runMany(requests)) {
      expect(result.stdout).toBe(`${index * 2}\n`);
      seen.push(index);
    }
    expect(seen).toEqual(requests.map((_, i) => i));
  });
});
