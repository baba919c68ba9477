import { describe, expect, it } from 'vitest';
import { expectDocumentedExample, mutantSources } from '../helpers.js';

describe('RET', () => {
  it('makes its documented example', () => expectDocumentedExample('RET'));

  it('replaces a tuple, and a multi-line value inside parentheses', async () => {
    expect(await mutantSources('def f():\n    return a, b\n', 'RET')).toEqual([
      'def f():\n    return None\n',
    ]);
    expect(await mutantSources('def f():\n    return [a,\n            b]\n', 'RET')).toEqual([
      'def f():\n    return (None\n)\n',
    ]);
  });

  it('skips bare returns and return None', async () => {
    expect(await mutantSources('def f():\n    return\n    return None\n', 'RET')).toEqual([]);
  });
});
