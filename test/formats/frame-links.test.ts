import { describe, expect, it } from 'vitest';
import type { TraceStep } from '../../src/engine/types.js';
import { linkFrames } from '../../src/formats/frame-links.js';
import { RENDERERS } from '../../src/formats/index.js';
import { nextEventInFrame } from '../../src/trace/state-after.js';
import { program, useEngine } from './support.js';

/** The links must say exactly what the library's one-step-at-a-time scan says, for every step. */
function expectSameAsScan(steps: readonly TraceStep[]): void {
  const { after, before } = linkFrames(steps);
  const expectedAfter = steps.map((_, index) => nextEventInFrame(steps, index) ?? -1);
  const expectedBefore = new Array<number>(steps.length).fill(-1);
  expectedAfter.forEach((next, index) => {
    if (next >= 0) expectedBefore[next] = index;
  });
  expect([...after]).toEqual(expectedAfter);
  expect([...before]).toEqual(expectedBefore);
}

describe('frame links', () => {
  const { traced, cruxevalSample } = useEngine();

  it('match the state-after scan on recursion, generators, exceptions and call mode', async () => {
    const programs = [
      await traced(
        program('def fib(n):', '    return n if n < 2 else fib(n - 1) + fib(n - 2)', 'x = fib(5)'),
      ),
      await traced(program('def g():', '    yield 1', '    yield 2', 'y = [v * 2 for v in g()]')),
      await traced(
        program('def bad():', '    raise KeyError(1)', 'try:', '    bad()', 'except KeyError:', '    z = 0'),
      ),
      await traced(program('def f(a):', '    return a * 2'), { call: 'f(4)' }),
      await traced(program('def down(n):', '    return down(n + 1)', 'down(0)'), {
        limits: { maxSteps: 40 },
      }),
    ];
    for (const input of programs) expectSameAsScan(input.result.steps);
  });

  it('match the state-after scan on 50 CRUXEval programs', async () => {
    for (const input of await cruxevalSample()) expectSameAsScan(input.result.steps);
  });

  it('let every format render a 100,000-event trace of deep recursion', async () => {
    const code = program(
      'import sys',
      'sys.setrecursionlimit(5000)',
      'def down(n):',
      '    return 0 if n == 0 else 1 + down(n - 1)',
      'for _ in range(20):',
      '    down(2000)',
    );
    const input = await traced(code, { limits: { maxSteps: 100_000, timeoutMs: 60_000 } });
    expect(input.result.status).toBe('step_limit');
    expectSameAsScan(input.result.steps);
    const started = performance.now();
    for (const renderer of RENDERERS) {
      const text = renderer.render(input);
      // A script: the released SemCoder and CWM formats start at a called function, CRUXEval needs `ok`.
      if (['cruxeval', 'semcoder', 'semcoder-concise', 'cwm'].includes(renderer.name))
        expect(text).toBeNull();
      // Formats that elide loops grow with the source, not the trace; the others with the trace.
      else if (renderer.name === 'next' || renderer.name === 'semcoder-full-concise')
        expect(text!.length).toBeLessThan(2000);
      // Debugger samples: a few states each, growing with the call stack, not the trace.
      else if (renderer.name === 'debugger' || renderer.name === 'debugger-json')
        expect(text!.length).toBeLessThan(1_000_000);
      else expect(text!.length).toBeGreaterThan(1_000_000);
    }
    // Linear renders take well under a second each here; the bound only catches a blow-up.
    expect(performance.now() - started).toBeLessThan(30_000);
  }, 120_000);
});
