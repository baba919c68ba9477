import { describe, expect, it } from 'vitest';
import { renderCodeExecutorFull as renderCodeExecutor } from '../../src/formats/codeexecutor-full.js';
import { codeExecutorValue, tokenizeRepr } from '../../src/formats/value-tokens.js';
import { program, useEngine } from './support.js';

describe('codeexecutor-full renderer', () => {
  const { traced, cruxevalSample } = useEngine();

  it('renders a loop reading stdin: one step per executed line with the state after it, then its output', async () => {
    const code = program(
      'n = int(input())',
      'total = 0',
      'for i in range(n):',
      '    total += i',
      '    print(total)',
    );
    const input = await traced(code, { stdin: '3\n' });
    const state = (total: number, i: number) =>
      `<state> n : 3 <dictsep> total : ${total} <dictsep> i : ${i} </state>`;
    const iteration = (before: number, after: number, i: number) =>
      `<line> <2> ${state(before, i)} <line> <3> ${state(after, i)} <line> <4> ${state(after, i)} <output> ${after}`;
    expect(renderCodeExecutor(input)).toBe(
      [
        '<line> <0> <state> n : 3 </state>',
        '<line> <1> <state> n : 3 <dictsep> total : 0 </state>',
        iteration(0, 0, 0),
        iteration(0, 1, 1),
        iteration(1, 3, 2),
        `<line> <2> ${state(3, 2)}`,
      ].join(' '),
    );
  });

  it('shows function frames with their own variables and prints after the calls a line made', async () => {
    const code = program(
      'def fact(n):',
      '    if n <= 1:',
      '        return 1',
      '    return n * fact(n - 1)',
      'print(fact(2))',
    );
    const input = await traced(code);
    expect(renderCodeExecutor(input)).toBe(
      '<line> <0> <state> </state> <line> <4> <state> </state> ' +
        '<line> <1> <state> n : 2 </state> <line> <3> <state> n : 2 </state> ' +
        '<line> <1> <state> n : 1 </state> <line> <2> <state> n : 1 </state> <output> 2',
    );
  });

  it('keeps quotes inside containers and ends a call with the returned value', async () => {
    const code = program('def f(s):', '    parts = s.split(",")', '    return parts');
    const input = await traced(code, { call: 'f("a b,c")' });
    const parts = "parts : [ 'a b' , 'c' ]";
    expect(renderCodeExecutor(input)).toBe(
      `<line> <0> <state> </state> <line> <1> <state> s : 'a b,c' <dictsep> ${parts} </state> ` +
        `<line> <2> <state> s : 'a b,c' <dictsep> ${parts} </state> <return> [ 'a b' , 'c' ]`,
    );
  });

  it('ends a failed run with the uncaught exception; the failing line keeps the state it had', async () => {
    const input = await traced(program('x = [1]', 'y = x[3]'));
    expect(renderCodeExecutor(input)).toBe(
      '<line> <0> <state> x : [ 1 ] </state> <line> <1> <state> x : [ 1 ] </state> ' +
        '<exception> IndexError: list index out of range',
    );
  });

  it('says when the trace was cut short; the unfinished line has no state', async () => {
    const input = await traced(program('i = 0', 'while True:', '    i += 1'), {
      limits: { maxSteps: 6 },
    });
    expect(input.result.status).toBe('step_limit');
    expect(renderCodeExecutor(input)).toBe(
      '<line> <0> <state> i : 0 </state> <line> <1> <state> i : 0 </state> ' +
        '<line> <2> <state> i : 1 </state> <line> <1> <state> i : 1 </state> <line> <2> <truncated> step_limit',
    );
  });

  it('tokenises reprs: punctuation alone, string literals whole', () => {
    expect(tokenizeRepr("{'a': [1, 'x, y'], 'b': (2,)}")).toEqual([
      '{',
      "'a'",
      ':',
      '[',
      '1',
      ',',
      "'x, y'",
      ']',
      ',',
      "'b'",
      ':',
      '(',
      '2',
      ',',
      ')',
      '}',
    ]);
    expect(codeExecutorValue(`['it\\'s', "a'b", b'z']`)).toBe(`[ 'it\\'s' , "a'b" , b'z' ]`);
    expect(codeExecutorValue('Counter({3: 1})')).toBe('Counter ( { 3 : 1 } )');
    expect(codeExecutorValue("'abc'...")).toBe("'abc'...");
  });

  it('has one step per executed line plus the output, on 50 CRUXEval programs', async () => {
    for (const input of await cruxevalSample()) {
      const text = renderCodeExecutor(input)!;
      const { steps, returnRepr, status } = input.result;
      expect(status).toBe('ok');
      const lineEvents = steps.filter((step) => step.event === 'line');
      const lineSteps = [...text.matchAll(/<line> <(\d+)>/g)].map((match) => Number(match[1]) + 1);
      expect(lineSteps).toEqual(lineEvents.map((step) => step.line));
      const printed = input.result.stdout.split('\n').filter((_, i, all) => i < all.length - 1 || all[i]);
      expect(text.split('<output>').length - 1).toBe(printed.length);
      expect(text.endsWith(` <return> ${codeExecutorValue(returnRepr!)}`)).toBe(true);
    }
  });
});
