import { describe, expect, it } from 'vitest';
import { planAssert } from '../../../src/eval/check/assert-test.js';
import { compareValues, judgeConditions } from '../../../src/eval/check/judge-value.js';
import { normaliseOutput, planCheck } from '../../../src/eval/check/plan.js';
import { parseValue } from '../../../src/mutate/input/parser.js';

const v = parseValue;

describe('asserts are split so the expected literal stays outside the sandbox', () => {
  it.each([
    ['assert f(2) == [1, 2]', 'f(2)'],
    ['assert [1, 2] == f(2)', 'f(2)'],
    ['assert f("a==b") == "x", "message"', 'f("a==b")'],
    ['assert math.isclose(f(1.0), 2.5, rel_tol=1e-3)', 'f(1.0)'],
    ['assert abs(f(3.5) - 0.5) < 1e-6', 'f(3.5)'],
    ['assert not f(0)', 'f(0)'],
    ['assert f(x=[1, (2, 3)]) is None', 'f(x=[1, (2, 3)])'],
  ])('%s computes only %s', (statement, computed) => {
    const plan = planAssert(statement);
    expect('conditions' in plan && plan.conditions.map((c) => ('computed' in c ? c.computed : null))).toEqual(
      [computed],
    );
  });

  it('splits a conjunction and refuses what cannot be split', () => {
    const plan = planAssert('assert f(1) == 2 and g(2) != 3');
    expect('conditions' in plan && plan.conditions.length).toBe(2);
    expect(planAssert('assert f(1) == 2 or True')).toHaveProperty('unsupported');
    expect(planAssert('assert 1 < f(1) < 3')).toHaveProperty('unsupported');
    expect(planAssert('print(1)')).toHaveProperty('unsupported');
  });

  it("compares with Python's == over data", () => {
    expect(compareValues(v('1'), '==', v('1.0'))).toBe(true);
    expect(compareValues(v('True'), '==', v('1'))).toBe(true);
    expect(compareValues(v('[1, 2]'), '==', v('(1, 2)'))).toBe(false);
    expect(compareValues(v('{1, 2}'), '==', v('{2, 1}'))).toBe(true);
    expect(compareValues(v("{'a': 1, 'b': [2]}"), '==', v("{'b': [2], 'a': 1}"))).toBe(true);
    expect(compareValues(v("float('nan')"), '==', v("float('nan')"))).toBe(false);
    expect(compareValues(v('None'), 'is', v('False'))).toBe(false);
    expect(compareValues(v('3'), 'in', v('[1, 3]'))).toBe(true);
    // An object the program made (shown structurally) never equals a literal: its __eq__ is not asked.
    expect(compareValues({ kind: 'expr', source: 'AlwaysEqual()' }, '==', v('3'))).toBe(false);
  });

  it('judges truth and closeness', () => {
    const plan = planAssert('assert abs(f(1) - 0.5) < 1e-6 and f(2)');
    if (!('conditions' in plan)) throw new Error('not split');
    expect(judgeConditions(plan.conditions, [v('0.5000001'), v('[0]')]).verdict).toBe('passed');
    expect(judgeConditions(plan.conditions, [v('0.5000001'), v('[]')]).verdict).toBe('failed');
    expect(judgeConditions(plan.conditions, [v('0.6'), v('[0]')]).verdict).toBe('failed');
  });

  it('never passes a test with an empty expected output', () => {
    const [test] = planCheck({ kind: 'io', program: 'pass', cases: [{ stdin: '', stdout: ' \n' }] });
    expect(test!.run).toBeNull();
    expect(test!.judge(null)).toMatchObject({ verdict: 'error', errorType: 'EmptyExpectedOutput' });
    expect(normaliseOutput('a  \r\nb\n\n')).toBe('a\nb');
  });

  it('judges a literal CRUXEval output answer without a run, and refuses one that restates the call', () => {
    const request = { kind: 'cruxeval-output' as const, program: 'def f(x): return x', output: '[1, 2]' };
    const [literal] = planCheck({ ...request, answer: '[1,2]' });
    expect(literal!.run).toBeNull();
    expect(literal!.judge(null).verdict).toBe('passed');
    const [restated] = planCheck({ ...request, answer: 'f([1, 2])' });
    expect(restated!.judge(null)).toMatchObject({ verdict: 'failed', errorType: 'RestatesCall' });
  });
});
