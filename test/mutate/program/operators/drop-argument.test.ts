import { describe, expect, it } from 'vitest';
import { expectDocumentedExample, mutantSources } from '../helpers.js';

describe('ARG', () => {
  it('makes its documented example', () => expectDocumentedExample('ARG'));

  it('drops each argument with its comma, keyword and splat arguments included', async () => {
    expect(await mutantSources('g(a, k=1, *r)\n', 'ARG')).toEqual([
      'g(k=1, *r)\n',
      'g(a, *r)\n',
      'g(a, k=1)\n',
    ]);
    expect(await mutantSources('g(a)\n', 'ARG')).toEqual(['g()\n']);
  });

  it('keeps line breaks when the arguments span lines', async () => {
    expect(await mutantSources('g(a,\n  b)\n', 'ARG')).toEqual(['g(\nb)\n', 'g(a\n)\n']);
  });

  it('skips argument lists holding comments, and drops only one of two equal arguments', async () => {
    expect(await mutantSources('g(a,  # why\n  b)\n', 'ARG')).toEqual([]);
    expect(await mutantSources('g(a, a)\n', 'ARG')).toEqual(['g(a)\n']);
  });
});
