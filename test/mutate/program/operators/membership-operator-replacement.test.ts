import { describe, expect, it } from 'vitest';
import { expectDocumentedExample, mutantSources } from '../helpers.js';

describe('IN', () => {
  it('makes its documented example', () => expectDocumentedExample('IN'));

  it('turns not in into in, but leaves the in of a for loop alone', async () => {
    expect(await mutantSources('y = a not in b\n', 'IN')).toEqual(['y = a in b\n']);
    expect(await mutantSources('for a in b:\n    pass\n', 'IN')).toEqual([]);
  });
});
