import { describe, expect, it } from 'vitest';
import { expectDocumentedExample, mutantSources } from '../helpers.js';

describe('COD', () => {
  it('makes its documented example', () => expectDocumentedExample('COD'));

  it('keeps the operand parenthesised and leaves `not in` to IN', async () => {
    expect(await mutantSources('y = not(a or b)\n', 'COD')).toEqual(['y = (a or b)\n']);
    expect(await mutantSources('y = a not in b\n', 'COD')).toEqual([]);
  });
});
