import { describe, expect, it } from 'vitest';
import { expectDocumentedExample, mutantSources } from '../helpers.js';

describe('ZIL', () => {
  it('makes its documented example', () => expectDocumentedExample('ZIL'));

  it('keeps the line breaks of a multi-line iterable inside the empty list', async () => {
    expect(await mutantSources('for x in (a,\n          b):\n    pass\n', 'ZIL')).toEqual([
      'for x in ([]\n):\n    pass\n',
    ]);
  });

  it('skips loops over an empty literal', async () => {
    expect(await mutantSources('for x in ():\n    pass\n', 'ZIL')).toEqual([]);
  });
});
