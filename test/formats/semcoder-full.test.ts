import { describe, expect, it } from 'vitest';
import { renderSemcoderFull as renderSemcoder } from '../../src/formats/semcoder-full.js';
import { program, sumLoop, useEngine } from './support.js';

describe('semcoder-full renderer', () => {
  const { traced, cruxevalSample } = useEngine();

  it('annotates each execution of each line with the full state after it, in execution order', async () => {
    const input = await traced(sumLoop, { call: 'f([1, 2])' });
    expect(renderSemcoder(input)).toBe(
      [
        '[INPUT]',
        'f([1, 2])',
        '[/INPUT]',
        'def f(xs):  # [STATE-0] {} [/STATE-0]',
        '    total = 0  # [STATE-1] {"xs":"[1, 2]","total":"0"} [/STATE-1]',
        '    for x in xs:  # [STATE-2] {"xs":"[1, 2]","total":"0","x":"1"} [/STATE-2]' +
          ' [STATE-4] {"xs":"[1, 2]","total":"1","x":"2"} [/STATE-4]' +
          ' [STATE-6] {"xs":"[1, 2]","total":"3","x":"2"} [/STATE-6]',
        '        total += x  # [STATE-3] {"xs":"[1, 2]","total":"1","x":"1"} [/STATE-3]' +
          ' [STATE-5] {"xs":"[1, 2]","total":"3","x":"2"} [/STATE-5]',
        '    return total  # [STATE-7] {"xs":"[1, 2]","total":"3","x":"2","__return__":"3"} [/STATE-7]',
        '[OUTPUT]',
        '3',
        '[/OUTPUT]',
      ].join('\n'),
    );
  });

  it('shows stdin, what each line printed, the printed output and the final exception of a script', async () => {
    const code = program('name = input()', 'print("hi", name)', 'n = len(name) // 0');
    const input = await traced(code, { stdin: 'bob\n' });
    const error = 'ZeroDivisionError: integer division or modulo by zero';
    expect(renderSemcoder(input)).toBe(
      [
        '[INPUT]',
        'bob',
        '[/INPUT]',
        `name = input()  # [STATE-0] {"name":"'bob'"} [/STATE-0]`,
        `print("hi", name)  # [STATE-1] {"name":"'bob'","__stdout__":"hi bob\\n"} [/STATE-1]`,
        `n = len(name) // 0  # [STATE-2] {"name":"'bob'","__exception__":"${error}"} [/STATE-2]`,
        '[OUTPUT]',
        'hi bob',
        '[/OUTPUT]',
        '[EXCEPTION]',
        error,
        '[/EXCEPTION]',
      ].join('\n'),
    );
  });

  it('shows the values a generator yields as returns of its frame', async () => {
    const code = program(
      'def squares(n):',
      '    for i in range(n):',
      '        yield i * i',
      'got = list(squares(2))',
    );
    const input = await traced(code);
    expect(renderSemcoder(input)).toBe(
      [
        '[INPUT]',
        '[/INPUT]',
        'def squares(n):  # [STATE-0] {} [/STATE-0]',
        '    for i in range(n):  # [STATE-2] {"n":"2","i":"0"} [/STATE-2] [STATE-4] {"n":"2","i":"1"} [/STATE-4]' +
          ' [STATE-6] {"n":"2","i":"1","__return__":"None"} [/STATE-6]',
        '        yield i * i  # [STATE-3] {"n":"2","i":"0","__return__":"0"} [/STATE-3]' +
          ' [STATE-5] {"n":"2","i":"1","__return__":"1"} [/STATE-5]',
        'got = list(squares(2))  # [STATE-1] {"got":"[0, 1]"} [/STATE-1]',
        '[OUTPUT]',
        '[/OUTPUT]',
      ].join('\n'),
    );
  });

  it('leaves unobserved lines of a cut-short trace bare and says why it stopped', async () => {
    const code = program('def down(n):', '    return down(n + 1)', 'down(0)');
    const input = await traced(code, { limits: { maxSteps: 8 } });
    expect(renderSemcoder(input)).toBe(
      [
        '[INPUT]',
        '[/INPUT]',
        'def down(n):  # [STATE-0] {} [/STATE-0]',
        '    return down(n + 1)',
        'down(0)',
        '# trace cut short (step_limit) after 8 events',
        '[OUTPUT]',
        '[/OUTPUT]',
      ].join('\n'),
    );
  });

  it('numbers states 0..n-1 over all line events, on 50 CRUXEval programs', async () => {
    for (const input of await cruxevalSample()) {
      const text = renderSemcoder(input)!;
      const lineEvents = input.result.steps.filter((step) => step.event === 'line').length;
      const opened = [...text.matchAll(/\[STATE-(\d+)\] (\{.*?\}) \[\/STATE-\1\]/g)];
      expect(opened.map((match) => Number(match[1])).sort((a, b) => a - b)).toEqual(
        Array.from({ length: lineEvents }, (_, k) => k),
      );
      for (const match of opened) expect(() => JSON.parse(match[2]!)).not.toThrow();
      expect(text.endsWith(`[OUTPUT]\n${input.result.returnRepr}\n[/OUTPUT]`)).toBe(true);
    }
  });
});
