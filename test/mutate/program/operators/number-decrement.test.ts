import { describe, expect, it } from 'vitest';
import { expectDocumentedExample, mutantSources } from '../helpers.js';

describe('NUM', () => {
  it('makes its documented example', () => expectDocumentedExample('NUM'));

  it('subtracts one, parenthesising negative results', async () => {
    expect(await mutantSources('x = 10\n', 'NUM')).toEqual(['x = 9\n']);
    expect(await mutantSources('y = 2 ** 0\n', 'NUM')).toEqual(['y = 1 ** 0\n', 'y = 2 ** (-1)\n']);
    expect(await mutantSources('x = 0.5\n', 'NUM')).toEqual(['x = (-0.5)\n']);
    expect(await mutantSources('x = 0o10\n', 'NUM')).toEqual(['x = 0o7\n']);
  });

  it('leaves imaginary literals alone', async () => {
    expect(await mutantSources('z = 2j\n', 'NUM')).toEqual([]);
  });
});
