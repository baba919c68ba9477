/**
 * The worker's check of a child's result against the program (semtrace_validate.py), on real results
 * of the engine and on forgeries made from them.
 */
import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEngine, type Engine } from '../../../src/engine/engine.js';
import { harnessDir } from '../../../src/engine/harness-path.js';
import { resolvePython } from '../../../src/engine/native/resolve-python.js';
import type { RunRequest, RunResultCore } from '../../../src/engine/types.js';

const python = resolvePython().executable;

/** What semtrace_validate.problem says of each (result, request) pair: null when it accepts it. */
function problems(pairs: { result: unknown; request: RunRequest }[]): (string | null)[] {
  const script = `import sys, json
sys.path.insert(0, ${JSON.stringify(harnessDir)})
from semtrace_validate import problem
print(json.dumps([problem(p["result"], p["request"]) for p in json.load(sys.stdin)]))`;
  const run = spawnSync(python, ['-s', '-B', '-c', script], {
    input: JSON.stringify(pairs),
    encoding: 'utf8',
  });
  expect(run.stderr).toBe('');
  return JSON.parse(run.stdout) as (string | null)[];
}

const PROGRAM =
  'def g(n):\n    return n * 2\n\ndef f(xs):\n    total = 0\n    for x in xs:\n        total += g(x)\n    return total\n';

describe('checking a result against its program', () => {
  let engine: Engine;
  let request: RunRequest;
  let real: RunResultCore;

  beforeAll(async () => {
    engine = await createEngine({ backend: 'native', workers: 1 });
    request = { code: PROGRAM, mode: 'call', call: 'f([1, 2])', trace: true };
    const { python: _p, backend: _b, isolation: _i, timings: _t, ...core } = await engine.run(request);
    real = core;
  }, 120_000);
  afterAll(() => engine?.close());

  it('accepts the real result', () => {
    expect(real.status).toBe('ok');
    expect(problems([{ result: real, request }])).toEqual([null]);
  });

  it('refuses forgeries: unknown lines, unknown functions, broken nesting, wrong counts, no module call', () => {
    const steps = real.steps;
    const forgeries = [
      { ...real, steps: steps.map((step, i) => (i === 3 ? { ...step, line: 99 } : step)) },
      { ...real, steps: steps.map((step, i) => (i === 3 ? { ...step, func: 'h' } : step)) },
      { ...real, steps: steps.filter((step) => step.event !== 'call' || step.func !== 'g') },
      { ...real, stepCount: steps.length + 1 },
      { ...real, steps: [], stepCount: 0 },
      { ...real, status: 'fine' },
      { ...real, exception: { type: 'E', message: '', line: 42, traceback: [] } },
    ];
    const answers = problems(forgeries.map((result) => ({ result, request })));
    expect(answers.every((answer) => typeof answer === 'string')).toBe(true);
  });

  it('accepts results that stop anywhere (limits) and untraced results without steps', () => {
    const cut = { ...real, status: 'step_limit', steps: real.steps.slice(0, 5), stepCount: 5 };
    const untraced = { ...real, steps: [], stepCount: 0 };
    expect(
      problems([
        { result: cut, request },
        { result: untraced, request: { ...request, trace: false } },
      ]),
    ).toEqual([null, null]);
  });
});
