import { describe, expect, it } from 'vitest';
import { expectDocumentedExample, mutantSources } from '../helpers.js';

describe('BOOL', () => {
  it('makes its documented example', () => expectDocumentedExample('BOOL'));

  it('flips each literal separately', async () => {
    expect(await mutantSources('f(True, False)\n', 'BOOL')).toEqual(['f(False, False)\n', 'f(True, True)\n']);
  });

  it('does not touch None or names', async () => {
    expect(await mutantSources('x = None or true\n', 'BOOL')).toEqual([]);
  });
});
