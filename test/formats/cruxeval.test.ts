import { describe, expect, it } from 'vitest';
import { renderCruxeval } from '../../src/formats/cruxeval.js';
import { program, useEngine } from './support.js';

describe('cruxeval renderer', () => {
  const { traced, cruxevalSample } = useEngine();

  it('turns a call of f into a task: the argument text and the returned repr', async () => {
    const code = program('def f(xs, sep):', '    return sep.join(str(x) for x in xs)');
    const input = await traced(code, { call: "f([1, 2], '-')" });
    expect(renderCruxeval(input)).toBe(JSON.stringify({ code, input: "[1, 2], '-'", output: "'1-2'" }));
  });

  it('keeps the whole call text when it is not a single call of f', async () => {
    const code = program('def g(n):', '    return [n] * 2');
    const input = await traced(code, { call: 'g(3)' });
    expect(JSON.parse(renderCruxeval(input)!)).toEqual({ code, input: 'g(3)', output: '[3, 3]' });
  });

  it('turns a script into a task: stdin in, stdout out', async () => {
    const code = program('a, b = map(int, input().split())', 'print(a * b)', 'print(a - b)');
    const input = await traced(code, { stdin: '6 7\n' });
    expect(JSON.parse(renderCruxeval(input)!)).toEqual({ code, input: '6 7\n', output: '42\n-1\n' });
  });

  it('makes no task from a run that did not finish ok', async () => {
    const failed = await traced(program('def f(x):', '    return 1 / x'), { call: 'f(0)' });
    expect(failed.result.status).toBe('error');
    expect(renderCruxeval(failed)).toBeNull();
    const endless = await traced(program('while True:', '    pass'), { limits: { maxSteps: 20 } });
    expect(endless.result.status).toBe('step_limit');
    expect(renderCruxeval(endless)).toBeNull();
  });

  it("gives the engine's return value and the original input, on 50 CRUXEval programs", async () => {
    for (const input of await cruxevalSample()) {
      const task = JSON.parse(renderCruxeval(input)!) as { code: string; input: string; output: string };
      expect(Object.keys(task)).toEqual(['code', 'input', 'output']);
      expect(task.code).toBe(input.code);
      expect(task.output).toBe(input.result.returnRepr);
      expect(`f(${task.input})`).toBe(input.input.call);
    }
  });
});
