/**
 * `semcoder` on programs whose expected text is what SemCoder's released code wrote for them (run as in
 * test/fixtures/golden/PROVENANCE.md; memory addresses taken out, as the engine leaves them out).
 */
import { describe, expect, it } from 'vitest';
import { renderSemcoder } from '../../src/formats/semcoder.js';
import { program, useEngine } from './support.js';

describe('semcoder renderer', () => {
  const { traced } = useEngine();

  it("traces only the called function: callees, comprehensions and lambdas show as the caller's changes", async () => {
    const code = program(
      'def double(x):',
      '    return 2 * x',
      '',
      'def f(xs):',
      '    ys = [double(x) for x in xs]',
      '    key = lambda y: -y',
      '    ys.sort(key=key)',
      '    return ys',
    );
    // PySnooper lists a variable bound to a function too: the engine records those with showCallables.
    expect(renderSemcoder(await traced(code, { call: 'f([1, 3])', showCallables: true }))).toBe(
      program(
        'def double(x):',
        '    return 2 * x',
        '',
        'def f(xs): # [INPUT] {"xs": [1, 3]} [/INPUT]',
        '    ys = [double(x) for x in xs] # [STATE-0] {"ys": [2, 6]} [/STATE-0]',
        '    key = lambda y: -y # [STATE-1] {"key": "<function f.<locals>.<lambda>>"} [/STATE-1]',
        '    ys.sort(key=key) # [STATE-2] {"ys": [6, 2]} [/STATE-2]',
        '    return ys # [OUTPUT] [6, 2] [/OUTPUT]',
      ).trimEnd(),
    );
  });

  it('numbers changes only, and splits one execution into two states as the released code does', async () => {
    const code = program(
      'def f(n):',
      '    a = b = 0',
      '    for i in range(n):',
      '        if i == 2: a, b = 1, 2',
      '    return a + b',
    );
    expect(renderSemcoder(await traced(code, { call: 'f(3)' }))).toBe(
      [
        'def f(n): # [INPUT] {"n": 3} [/INPUT]',
        '    a = b = 0 # [STATE-0] {"a": 0, "b": 0} [/STATE-0]',
        '    for i in range(n): # [STATE-1] {"i": 0} [/STATE-1][STATE-2] {"i": 1} [/STATE-2][STATE-3] {"i": 2} [/STATE-3]',
        '        if i == 2: a, b = 1, 2 # [STATE-4] {"a": 1} [/STATE-4][STATE-4] {"b": 2} [/STATE-4]',
        '    return a + b # [OUTPUT] 3 [/OUTPUT]',
      ].join('\n'),
    );
  });

  it('writes exceptions inline on the line of each exception event, and no output for a failed call', async () => {
    const code = program(
      'def f(items):',
      '    out = {}',
      '    for k in items:',
      '        try:',
      '            out[k] = 10 // k',
      '        except ZeroDivisionError:',
      '            out[k] = None',
      '    return out[items[-1] + 1]',
    );
    expect(renderSemcoder(await traced(code, { call: 'f([2, 0])' }))).toBe(
      [
        'def f(items): # [INPUT] {"items": [2, 0]} [/INPUT]',
        '    out = {} # [STATE-0] {"out": {}} [/STATE-0]',
        '    for k in items: # [STATE-1] {"k": 2} [/STATE-1][STATE-3] {"k": 0} [/STATE-3]',
        '        try:',
        '            out[k] = 10 // k # [STATE-2] {"out": "{2: 5}"} [/STATE-2] # [EXCEPTION] ZeroDivisionError: integer division or modulo by zero [/EXCEPTION]',
        '        except ZeroDivisionError:',
        '            out[k] = None # [STATE-4] {"out": "{2: 5, 0: None}"} [/STATE-4]',
        '    return out[items[-1] + 1] # [EXCEPTION] KeyError: 1 [/EXCEPTION]',
      ].join('\n'),
    );
  });

  it('writes the value meant where the released value handling changes it (docs/formats.md)', async () => {
    const code = program('def f(s):', '    pairs = [(s, 1)]', '    return [s, None]');
    const input = await traced(code, { call: "f('a\\nb')" });
    expect(renderSemcoder(input)).toBe(
      [
        'def f(s): # [INPUT] {"s": "a\\nb"} [/INPUT]',
        `    pairs = [(s, 1)] # [STATE-0] {"pairs": "[('a\\\\nb', 1)]"} [/STATE-0]`,
        "    return [s, None] # [OUTPUT] ['a\\nb', None] [/OUTPUT]",
      ].join('\n'),
    );
    expect(renderSemcoder(input, { values: 'released' })).toBe(
      [
        'def f(s): # [INPUT] {"s": "a\\\\nb"} [/INPUT]',
        '    pairs = [(s, 1)] # [STATE-0] {"pairs": "[(\\"a\\\\nb\\", 1)]"} [/STATE-0]',
        '    return [s, None] # [OUTPUT] "["a\\nb", None]" [/OUTPUT]',
      ].join('\n'),
    );
  });

  it('renders null for a script, and notes a trace cut short', async () => {
    expect(renderSemcoder(await traced(program('x = 1')))).toBeNull();
    const code = program('def f():', '    n = 0', '    while True:', '        n += 1');
    const cut = await traced(code, { call: 'f()', limits: { maxSteps: 50 } });
    expect(cut.result.status).toBe('step_limit');
    const text = renderSemcoder(cut)!;
    expect(text.split('\n').at(-1)).toBe('# trace cut short (step_limit) after 50 events');
    expect(text).toContain(
      '        n += 1 # [STATE-1] {"n": 1} [/STATE-1][STATE-2] {"n": 2} [/STATE-2][STATE-3]',
    );
  });
});
