import { describe, expect, it } from 'vitest';
import { SemtraceError } from '../../../src/errors.js';
import { parseArgs, parseValue } from '../../../src/mutate/input/index.js';

function errorOf(run: () => unknown): SemtraceError {
  try {
    run();
  } catch (error) {
    if (error instanceof SemtraceError) return error;
    throw error;
  }
  throw new Error('expected a parse error');
}

describe('parse errors', () => {
  it.each([
    ['[1, 2 3]', 'column 7', "expected ',' or ']', found '3'"],
    ['[1, 2', 'column 6', "expected ',' or ']', found end of input"],
    ["'abc", 'column 1', 'unterminated string literal'],
    ['{1: }', 'column 5', 'expected a value'],
    ['{1: 2, 3}', 'column 9', "':' after a dict key"],
    ['1 2', 'column 3', "expected ',' or end of input"],
    ['012', 'column 1', 'leading zeros'],
    ['1abc', 'column 2', 'invalid number literal'],
    ['a=1, 2', 'column 6', 'positional follows keyword'],
    ['a=1, a=2', 'column 6', "keyword argument 'a' repeated"],
    ['*args', 'column 1', 'star arguments are not supported'],
    ["b'a' 'b'", 'column 1', 'cannot mix bytes and nonbytes'],
    [String.raw`'\x4'`, 'column 2', 'truncated \\x escape'],
    [String.raw`'\N{BULLET}'`, 'column 2', '\\N{...} escapes are not supported'],
    ['{[1]: 2}', 'column 2', "unhashable type 'list' used as a dict key"],
    ['{[1], 2}', 'column 2', "unhashable type 'list' used as a set element"],
    ['1, $', 'column 4', 'unexpected character "$"'],
    ['lambda x', 'column 9', "':' after lambda parameters"],
    ['for', 'column 1', 'expected a value'],
  ])('%s', (text, where, what) => {
    const error = errorOf(() => parseArgs(text));
    expect(error.code).toBe('SEMTRACE_INPUT_PARSE_ERROR');
    expect(error.message).toContain(where);
    expect(error.message).toContain(what);
  });

  it('shows the line with a caret under the offending column', () => {
    const error = errorOf(() => parseArgs('[1, 2 3]'));
    expect(error.message.split('\n').slice(1)).toEqual(['  [1, 2 3]', '        ^']);
  });

  it('names the line for multi-line input and excerpts long lines', () => {
    expect(errorOf(() => parseArgs('[1,\n 2 3]')).message).toContain('line 2, column 4');
    const long = `[${'1, '.repeat(40)}1 1]`;
    const lines = errorOf(() => parseArgs(long)).message.split('\n');
    expect(lines[1]?.startsWith('  …')).toBe(true);
    expect(lines[2]?.indexOf('^')).toBe(lines[1]?.indexOf('1]'));
  });

  it('rejects trailing text after a single value', () => {
    expect(errorOf(() => parseValue('1 ]')).message).toContain("expected end of input, found ']'");
  });
});
