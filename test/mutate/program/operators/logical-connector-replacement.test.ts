import { describe, expect, it } from 'vitest';
import { expectDocumentedExample, mutantSources } from '../helpers.js';

describe('LCR', () => {
  it('makes its documented example', () => expectDocumentedExample('LCR'));

  it('swaps each connector of a chain on its own', async () => {
    expect(await mutantSources('y = a or b and c\n', 'LCR')).toEqual([
      'y = a and b and c\n',
      'y = a or b or c\n',
    ]);
  });
});
