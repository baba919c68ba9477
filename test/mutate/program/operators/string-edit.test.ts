import { describe, expect, it } from 'vitest';
import { expectDocumentedExample, mutantSources } from '../helpers.js';

describe('STR', () => {
  it('makes its documented example', () => expectDocumentedExample('STR'));

  it('wraps empty, prefixed and escaped strings', async () => {
    expect(await mutantSources("s = ''\n", 'STR')).toEqual(["s = 'XXXX'\n"]);
    expect(await mutantSources("s = r'\\d'\n", 'STR')).toEqual(["s = r'XX\\dXX'\n"]);
    expect(await mutantSources("s = 'a\\n'\n", 'STR')).toEqual(["s = 'XXa\\nXX'\n"]);
  });

  it('mutates each part of an implicit concatenation but not f-strings', async () => {
    expect(await mutantSources("s = 'a' 'b' f'{c}'\n", 'STR')).toEqual([
      "s = 'XXaXX' 'b' f'{c}'\n",
      "s = 'a' 'XXbXX' f'{c}'\n",
    ]);
  });
});
