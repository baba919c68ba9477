import { describe, expect, it } from 'vitest';
import { semcoderConciseRenderer } from '../../src/formats/semcoder-concise.js';
import { conciseLine } from '../../src/formats/semcoder-inline.js';
import { program, sumLoop, useEngine } from './support.js';

describe('semcoder-concise renderer', () => {
  const { traced } = useEngine();

  it('keeps the first two states and the last of a line with more than three', async () => {
    const input = await traced(sumLoop, { call: 'f([1, 2, 3, 4])' });
    expect(semcoderConciseRenderer.render(input)).toBe(
      [
        'def f(xs): # [INPUT] {"xs": [1, 2, 3, 4]} [/INPUT]',
        '    total = 0 # [STATE-0] {"total": 0} [/STATE-0]',
        '    for x in xs: # [STATE-1] {"x": 1} [/STATE-1][STATE-3] {"x": 2} [/STATE-3] ... [STATE-7] {"x": 4} [/STATE-7]',
        '        total += x # [STATE-2] {"total": 1} [/STATE-2][STATE-4] {"total": 3} [/STATE-4] ... [STATE-8] {"total": 10} [/STATE-8]',
        '    return total # [OUTPUT] 10 [/OUTPUT]',
      ].join('\n'),
    );
    expect(semcoderConciseRenderer.render(await traced(program('x = 1')))).toBeNull();
  });

  it('cuts on the whole line as the released rule does', () => {
    const line = 'x # [STATE-0] a [/STATE-0][STATE-1] b [/STATE-1][STATE-2] c [/STATE-2]';
    expect(conciseLine(line)).toBe(line);
    expect(conciseLine(`${line}[STATE-3] d [/STATE-3]`)).toBe(
      'x # [STATE-0] a [/STATE-0][STATE-1] b [/STATE-1] ... [STATE-3] d [/STATE-3]',
    );
  });
});
