import { describe, expect, it } from 'vitest';
import { expectDocumentedExample, mutantSources } from '../helpers.js';

describe('OIL', () => {
  it('makes its documented example', () => expectDocumentedExample('OIL'));

  it('appends the break on the same line, before a trailing comment, for while loops too', async () => {
    expect(await mutantSources('while n:\n    n -= 1  # step\n', 'OIL')).toEqual([
      'while n:\n    n -= 1; break  # step\n',
    ]);
    expect(await mutantSources('for x in y: f(x)\n', 'OIL')).toEqual(['for x in y: f(x); break\n']);
  });

  it('skips bodies ending in a compound statement or a jump', async () => {
    expect(await mutantSources('for x in y:\n    if x:\n        f()\n', 'OIL')).toEqual([]);
    expect(await mutantSources('def g(y):\n    for x in y:\n        return x\n', 'OIL')).toEqual([]);
  });
});
