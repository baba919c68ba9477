import { describe, expect, it } from 'vitest';
import { renderNext } from '../../src/formats/next.js';
import { program, sumLoop, useEngine } from './support.js';

describe('next renderer', () => {
  const { traced, cruxevalSample } = useEngine();

  it('annotates a called function; a long loop keeps its first three and last entries', async () => {
    const input = await traced(sumLoop, { call: 'f([3, 1, 4, 1, 5, 9])' });
    expect(renderNext(input)).toBe(
      [
        'def f(xs):',
        '    total = 0  # (1) total=0;',
        '    for x in xs:  # (2) x=3; (4) x=1; (6) x=4; ... (12) x=9;',
        '        total += x  # (3) total=3; (5) total=4; (7) total=8; ... (13) total=23;',
        '    return total  # (15) __return__=23;',
      ].join('\n'),
    );
    // Without the bound every iteration is listed.
    expect(renderNext(input, null)).toContain('# (2) x=3; (4) x=1; (6) x=4; (8) x=1; (10) x=5; (12) x=9;');
  });

  it('collects every recursive call on its source line and shows what a script printed', async () => {
    const code = program(
      'def fib(n):',
      '    if n < 2:',
      '        return n',
      '    return fib(n - 1) + fib(n - 2)',
      'k = int(input())',
      'print(fib(k))',
    );
    const input = await traced(code, { stdin: '3\n' });
    expect(renderNext(input)).toBe(
      [
        'def fib(n):',
        '    if n < 2:',
        '        return n  # (8) __return__=1; (10) __return__=0; (12) __return__=1;',
        '    return fib(n - 1) + fib(n - 2)  # (4) __return__=2; (6) __return__=1;',
        'k = int(input())  # (1) k=3;',
        'print(fib(k))  # (2) __stdout__="2\\n";',
      ].join('\n'),
    );
  });

  it('marks the lines an exception passed through, and the names an except clause binds and drops', async () => {
    const code = program(
      'def parse(s):',
      '    return int(s)',
      'try:',
      '    v = parse("x")',
      'except ValueError as e:',
      '    v = -1',
    );
    const input = await traced(code);
    const error = "ValueError: invalid literal for int() with base 10: 'x'";
    expect(renderNext(input)).toBe(
      [
        'def parse(s):',
        `    return int(s)  # (3) __exception__=${error};`,
        'try:',
        `    v = parse("x")  # (2) __exception__=${error};`,
        `except ValueError as e:  # (4) e=ValueError("invalid literal for int() with base 10: 'x'");`,
        '    v = -1  # (5) v=-1, e=<deleted>;',
      ].join('\n'),
    );
  });

  it('ends a trace cut short with a comment saying why', async () => {
    const input = await traced(program('i = 0', 'while True:', '    i += 1'), {
      limits: { maxSteps: 9 },
    });
    expect(renderNext(input)).toBe(
      [
        'i = 0  # (0) i=0;',
        'while True:',
        '    i += 1  # (2) i=1; (4) i=2; (6) i=3;',
        '# trace cut short (step_limit) after 9 events',
      ].join('\n'),
    );
  });

  it('keeps the source and returns the true value, on 50 CRUXEval programs', async () => {
    for (const input of await cruxevalSample()) {
      const text = renderNext(input)!;
      const source = input.code.replace(/\n$/, '').split('\n');
      const rendered = text.split('\n');
      expect(rendered).toHaveLength(source.length);
      rendered.forEach((line, index) => {
        expect(line.startsWith(source[index]!.trimEnd())).toBe(true);
      });
      expect(text).toContain(`__return__=${input.result.returnRepr};`);
    }
  });
});
