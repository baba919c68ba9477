import { describe, expect, it } from 'vitest';
import { expectDocumentedExample, mutantSources } from '../helpers.js';

describe('BIT', () => {
  it('makes its documented example', () => expectDocumentedExample('BIT'));

  it('swaps shifts and xor, and drops ~', async () => {
    expect(await mutantSources('y = a << 2\n', 'BIT')).toEqual(['y = a >> 2\n']);
    expect(await mutantSources('y = a ^ b\n', 'BIT')).toEqual(['y = a & b\n']);
    expect(await mutantSources('y = ~a\n', 'BIT')).toEqual(['y = a\n']);
  });

  it('does not mutate union types in annotations', async () => {
    expect(await mutantSources('def f(a: int | None) -> int | str:\n    return a | 1\n', 'BIT')).toEqual([
      'def f(a: int | None) -> int | str:\n    return a & 1\n',
    ]);
  });
});
