import { describe, expect, it } from 'vitest';
import { renderSemcoderFull as renderSemcoder } from '../../src/formats/semcoder-full.js';
import { semcoderFullConciseRenderer as semcoderConciseRenderer } from '../../src/formats/semcoder-full-concise.js';
import { program, useEngine } from './support.js';

const STATE = /\[STATE-(\d+)\] .*? \[\/STATE-\1\]|\.\.\./g;

describe('semcoder-full-concise renderer', () => {
  const { traced, cruxevalSample } = useEngine();

  it('keeps the first two states and the last of a line run many times', async () => {
    const code = program('s = "abcde"', 'out = ""', 'for ch in s:', '    out = ch + out', 'print(out)');
    const input = await traced(code);
    const state = (k: number, out: string, ch: string) =>
      `[STATE-${k}] {"s":"'abcde'","out":"'${out}'","ch":"'${ch}'"} [/STATE-${k}]`;
    expect(semcoderConciseRenderer.render(input)).toBe(
      [
        '[INPUT]',
        '[/INPUT]',
        `s = "abcde"  # [STATE-0] {"s":"'abcde'"} [/STATE-0]`,
        `out = ""  # [STATE-1] {"s":"'abcde'","out":"''"} [/STATE-1]`,
        `for ch in s:  # ${state(2, '', 'a')} ${state(4, 'a', 'b')} ... ${state(12, 'edcba', 'e')}`,
        `    out = ch + out  # ${state(3, 'a', 'a')} ${state(5, 'ba', 'b')} ... ${state(11, 'edcba', 'e')}`,
        `print(out)  # [STATE-13] {"s":"'abcde'","out":"'edcba'","ch":"'e'","__stdout__":"edcba\\n"} [/STATE-13]`,
        '[OUTPUT]',
        'edcba',
        '[/OUTPUT]',
      ].join('\n'),
    );
  });

  it('is the full render with only the middle states of each line dropped', async () => {
    const code = program('def f(n):', '    x = 1', '    while x < n:', '        x *= 3', '    return x');
    const input = await traced(code, { call: 'f(100)' });
    const full = renderSemcoder(input)!.split('\n');
    const concise = semcoderConciseRenderer.render(input)!.split('\n');
    expect(concise).toHaveLength(full.length);
    full.forEach((line, index) => {
      const states = line.match(STATE) ?? [];
      const kept = concise[index]!.match(STATE) ?? [];
      if (states.length <= 3) expect(concise[index]).toBe(line);
      else expect(kept).toEqual([states[0], states[1], '...', states[states.length - 1]]);
    });
    // The loop really ran long enough to be cut (x: 1, 3, 9, 27, 81, 243).
    expect(concise.join('\n')).toContain(' ... ');
  });

  it('has at most three states per line on 50 CRUXEval programs', async () => {
    for (const input of await cruxevalSample()) {
      for (const line of semcoderConciseRenderer.render(input)!.split('\n')) {
        const states = line.match(STATE) ?? [];
        expect(states.filter((state) => state !== '...').length).toBeLessThanOrEqual(3);
      }
    }
  });
});
