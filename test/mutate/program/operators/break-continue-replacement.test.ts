import { describe, expect, it } from 'vitest';
import { expectDocumentedExample, mutantSources } from '../helpers.js';

describe('BCR', () => {
  it('makes its documented example', () => expectDocumentedExample('BCR'));

  it('turns continue into break', async () => {
    expect(await mutantSources('while x:\n    continue\n', 'BCR')).toEqual(['while x:\n    break\n']);
  });

  it('finds nothing without break or continue', async () => {
    expect(await mutantSources('for x in y:\n    pass\n', 'BCR')).toEqual([]);
  });
});
