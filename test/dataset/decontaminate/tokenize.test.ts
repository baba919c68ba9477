import { describe, expect, it } from 'vitest';
import { shingleHashes } from '../../../src/dataset/decontaminate/shingles.js';
import { tokenize } from '../../../src/dataset/decontaminate/tokenize.js';

describe('the similarity tokenizer', () => {
  it('drops comments, whitespace and line structure', () => {
    const compact = 'def f(xs):\n    return [x*2 for x in xs]\n';
    const spread = 'def f( xs ):  # doubles\n\n    return [\n        x * 2\n        for x in xs\n    ]\n';
    expect(tokenize(spread)).toEqual(tokenize(compact));
  });

  it('maps every variable, parameter and function name to one placeholder', () => {
    expect(tokenize('def total(values):\n    acc = 0\n    return acc')).toEqual(
      tokenize('def f(nums):\n    s = 0\n    return s'),
    );
    expect(tokenize('result = f(a)')).toEqual(['_', '=', '_', '(', '_', ')']);
  });

  it('keeps keywords, builtins and attribute names, which say what a program does', () => {
    expect(tokenize('for i in range(len(xs)): out.append(xs[i])')).toEqual([
      'for',
      '_',
      'in',
      'range',
      '(',
      'len',
      '(',
      '_',
      ')',
      ')',
      ':',
      '_',
      '.',
      'append',
      '(',
      '_',
      '[',
      '_',
      ']',
      ')',
    ]);
  });

  it('keeps string contents but not quote style or prefix; numbers without separators', () => {
    expect(tokenize(`s = 'a b' + "a b" + '''a b''' + r"a b"`)).toEqual([
      '_',
      '=',
      '"a b"',
      '+',
      '"a b"',
      '+',
      '"a b"',
      '+',
      '"a b"',
    ]);
    expect(tokenize('x = 1_000 + 0XFF + 2.5E3j')).toEqual(['_', '=', '1000', '+', '0xff', '+', '2.5e3j']);
    expect(tokenize('s = "#not a comment"')).toEqual(['_', '=', '"#not a comment"']);
  });

  it('reads multi-character operators as one token', () => {
    expect(tokenize('a //= b ** 2 != c -> d := e ...')).toEqual([
      '_',
      '//=',
      '_',
      '**',
      '2',
      '!=',
      '_',
      '->',
      '_',
      ':=',
      '_',
      '...',
    ]);
  });

  it('never fails on broken code: an unterminated string ends at the line end', () => {
    expect(tokenize("x = 'open\ny = 2 $ ?")).toEqual(['_', '=', '"open"', '_', '=', '2', '$', '?']);
    expect(tokenize('"""never closed\nstill string')).toEqual(['"never closed\nstill string"']);
  });
});

describe('shingles', () => {
  it('are the distinct n-grams of the tokens, or one shingle for a shorter program', () => {
    expect(shingleHashes(['a', 'b', 'c', 'a', 'b', 'c'], 3).size).toBe(3);
    expect(shingleHashes(['a', 'b'], 5).size).toBe(1);
    expect(shingleHashes([], 5).size).toBe(0);
  });

  it('tell different token sequences apart, including ones that concatenate the same', () => {
    const one = shingleHashes(['ab', 'c'], 2);
    const other = shingleHashes(['a', 'bc'], 2);
    expect([...one][0]).not.toBe([...other][0]);
  });
});
