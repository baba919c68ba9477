import { describe, expect, it } from 'vitest';
import { parseCodeExecutorTrace, traceOutputs } from '../../src/eval/score/index.js';
import { renderCodeExecutor } from '../../src/formats/codeexecutor.js';
import { program, useEngine } from './support.js';

describe('codeexecutor renderer', () => {
  const { traced } = useEngine();

  it('writes each printed line just before the step of the line that printed it', async () => {
    const code = program('n = int(input())', 'for i in range(n):', '    print(i)');
    const input = await traced(code, { stdin: '2\n' });
    const state = (i: number) => `<state> n : 2 <dictsep> i : ${i} </state>`;
    expect(renderCodeExecutor(input)).toBe(
      [
        '<line> <0> <state> n : 2 </state>',
        `<line> <1> ${state(0)}`,
        `<output> 0 <line> <2> ${state(0)}`,
        `<line> <1> ${state(1)}`,
        `<output> 1 <line> <2> ${state(1)}`,
        `<line> <1> ${state(1)}`,
      ].join(' '),
    );
  });

  it('lets metric.py read an output printed by the last line (released parsing drops a last output step)', async () => {
    const code = program('def fact(n):', '    return 1 if n <= 1 else n * fact(n - 1)', 'print(fact(3))');
    const input = await traced(code);
    const text = renderCodeExecutor(input)!;
    expect(text).toBe(
      '<line> <0> <state> </state> <output> 6 <line> <2> <state> </state> ' +
        '<line> <1> <state> n : 3 </state> <line> <1> <state> n : 2 </state> <line> <1> <state> n : 1 </state>',
    );
    expect(traceOutputs(parseCodeExecutorTrace(text))).toEqual(['6']);
  });

  it('writes nothing after the last step: no return value, no exception', async () => {
    const code = program('def f(s):', '    parts = s.split(",")', '    return parts[5]');
    const failed = await traced(code, { call: 'f("a b,c")' });
    expect(failed.result.status).toBe('error');
    const parts = "parts : [ 'a b' , 'c' ]";
    expect(renderCodeExecutor(failed)).toBe(
      `<line> <0> <state> </state> <line> <1> <state> s : 'a b,c' <dictsep> ${parts} </state> ` +
        `<line> <2> <state> s : 'a b,c' <dictsep> ${parts} </state>`,
    );
    const ok = await traced(program('def f(x):', '    return [x]'), { call: 'f(1)' });
    const text = renderCodeExecutor(ok)!;
    expect(text.endsWith('</state>')).toBe(true);
    // The last variable's value is its own, as metric.py reads it.
    const last = parseCodeExecutorTrace(text).at(-1)!;
    expect(last.state.get('x')).toBe('1');
  });
});
