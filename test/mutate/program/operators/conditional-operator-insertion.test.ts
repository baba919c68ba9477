import { describe, expect, it } from 'vitest';
import { expectDocumentedExample, mutantSources } from '../helpers.js';

describe('COI', () => {
  it('makes its documented example', () => expectDocumentedExample('COI'));

  it('negates if, elif and ternary conditions, without parentheses around atoms', async () => {
    expect(await mutantSources('if a:\n    x\nelif b.c:\n    y\n', 'COI')).toEqual([
      'if not a:\n    x\nelif b.c:\n    y\n',
      'if a:\n    x\nelif not b.c:\n    y\n',
    ]);
    expect(await mutantSources('y = 1 if a == b else 2\n', 'COI')).toEqual([
      'y = 1 if not (a == b) else 2\n',
    ]);
  });

  it('skips conditions that already start with not', async () => {
    expect(await mutantSources('if not a:\n    pass\n', 'COI')).toEqual([]);
  });
});
