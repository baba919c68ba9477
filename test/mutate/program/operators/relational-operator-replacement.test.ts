import { describe, expect, it } from 'vitest';
import { expectDocumentedExample, mutantSources } from '../helpers.js';

describe('ROR', () => {
  it('makes its documented example', () => expectDocumentedExample('ROR'));

  it('follows the relational table for each operator of a chain', async () => {
    expect(await mutantSources('y = a < b\n', 'ROR')).toEqual(['y = a <= b\n', 'y = a > b\n']);
    expect(await mutantSources('y = a >= b\n', 'ROR')).toEqual(['y = a > b\n', 'y = a <= b\n']);
    expect(await mutantSources('y = a == b != c\n', 'ROR')).toEqual([
      'y = a != b != c\n',
      'y = a == b == c\n',
    ]);
  });

  it('leaves is and in alone', async () => {
    expect(await mutantSources('y = a is b in c\n', 'ROR')).toEqual([]);
  });
});
