import { describe, expect, it } from 'vitest';
import { expectDocumentedExample, mutantSources } from '../helpers.js';

describe('RIL', () => {
  it('makes its documented example', () => expectDocumentedExample('RIL'));

  it('parenthesises a bare tuple iterable', async () => {
    expect(await mutantSources('for d in a, b:\n    pass\n', 'RIL')).toEqual([
      'for d in reversed((a, b)):\n    pass\n',
    ]);
  });

  it('skips literals with fewer than two elements', async () => {
    expect(await mutantSources("for c in '+':\n    pass\nfor c in []:\n    pass\n", 'RIL')).toEqual([]);
  });
});
