import { describe, expect, it } from 'vitest';
import { expectDocumentedExample, mutantSources } from '../helpers.js';

describe('IS', () => {
  it('makes its documented example', () => expectDocumentedExample('IS'));

  it('turns is not into is, even across a bracketed line break', async () => {
    expect(await mutantSources('y = a is not b\n', 'IS')).toEqual(['y = a is b\n']);
    expect(await mutantSources('y = (a is\n     not b)\n', 'IS')).toEqual(['y = (a is \n b)\n']);
  });
});
