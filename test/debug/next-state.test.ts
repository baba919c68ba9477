import { describe, expect, it } from 'vitest';
import { compareNextStates, parseNextState } from '../../src/debug/next-state.js';

describe('next states', () => {
  it('reads the last JSON next state from prose and fences', () => {
    expect(parseNextState('first {"line": 3} then ```json\n{"line": "7", "changed": {"b": 4}}\n```')).toEqual(
      {
        line: 7,
        changed: { b: '4' },
      },
    );
    expect(parseNextState('It finishes: {"ended": true}')).toEqual({ ended: true, changed: {} });
    expect(parseNextState('{"foo": 1} and {broken')).toBeNull();
  });

  it('compares line and changed variables, marking each difference', () => {
    const real = { line: 7, changed: { b: '4', i: '0' } };
    expect(compareNextStates({ line: 7, changed: { b: '4', i: '0' } }, real).exact).toBe(true);
    const off = compareNextStates({ line: 9, changed: { b: '5', z: '1' } }, real);
    expect(off).toMatchObject({
      exact: false,
      lineCorrect: false,
      truePositives: 0,
      falsePositives: 2,
      falseNegatives: 2,
    });
    expect(off.differences).toEqual(['line: 9 ≠ 7', 'b: 5 ≠ 4', 'z: 1 (unchanged)', 'i: missed (0)']);
    expect(compareNextStates({ ended: true, changed: {} }, { ended: true, changed: {} }).exact).toBe(true);
    expect(compareNextStates(null, real).falseNegatives).toBe(2);
  });
});
