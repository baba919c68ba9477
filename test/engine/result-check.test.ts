import { describe, expect, it } from 'vitest';
import { resultProblem } from '../../src/engine/result-check.js';

const code = 'def f(x):\n    return x + 1\nprint(f(1))\n';

function step(event: string, line: number, depth: number) {
  return { event, line, func: depth ? 'f' : '<module>', depth, locals: {} };
}

/** What CPython 3.14 reports for `code` (module call at line 0, f called from line 3). */
const real = [
  step('call', 0, 0),
  step('line', 1, 0),
  step('line', 3, 0),
  step('call', 1, 1),
  step('line', 2, 1),
  step('return', 2, 1),
  step('return', 3, 0),
];

function result(steps: object[], extra: object = {}) {
  return {
    status: 'ok',
    stdout: '2\n',
    stderr: '',
    returnRepr: null,
    returnType: null,
    exception: null,
    steps,
    stepCount: steps.length,
    ...extra,
  };
}

describe('resultProblem', () => {
  it('accepts a real trace, an empty one and an error with a traceback', () => {
    expect(resultProblem(result(real), { code })).toBeUndefined();
    expect(resultProblem(result([]), { code })).toBeUndefined();
    const error = {
      type: 'ZeroDivisionError',
      message: 'x',
      line: 2,
      traceback: [{ line: 3, func: '<module>' }],
    };
    expect(resultProblem(result(real, { status: 'error', exception: error }), { code })).toBeUndefined();
  });

  it('accepts a trace cut short by the step limit', () => {
    expect(
      resultProblem(result(real.slice(0, 4), { status: 'step_limit', stepCount: 9 }), { code }),
    ).toBeUndefined();
  });

  it('refuses lines the program does not have', () => {
    const forged = [...real.slice(0, 2), step('line', 40, 0)];
    expect(resultProblem(result(forged), { code })).toMatch(/line 40/);
    const error = { type: 'E', message: '', line: 99, traceback: [] };
    expect(resultProblem(result(real, { exception: error }), { code })).toMatch(/exception/);
  });

  it('refuses frames that do not nest', () => {
    expect(resultProblem(result([step('call', 0, 0), step('line', 2, 2)]), { code })).toMatch(/depth jumps/);
    expect(resultProblem(result([step('call', 0, 0), step('line', 2, 1)]), { code })).toMatch(
      /without a call/,
    );
    const afterReturn = [step('call', 0, 0), step('call', 1, 1), step('return', 2, 1), step('line', 2, 1)];
    expect(resultProblem(result(afterReturn), { code })).toMatch(/after it returned/);
    expect(resultProblem(result([step('line', 1, 1)]), { code })).toMatch(/depth 0/);
  });

  it('refuses what is not a result', () => {
    expect(resultProblem(undefined, { code })).toMatch(/not an object/);
    expect(resultProblem(result(real, { status: 'fine' }), { code })).toMatch(/status/);
    expect(resultProblem(result(real, { stepCount: 2 }), { code })).toMatch(/stepCount/);
    expect(resultProblem(result([{ ...step('line', 1, 0), event: 'jump' }]), { code })).toMatch(/event/);
  });
});
