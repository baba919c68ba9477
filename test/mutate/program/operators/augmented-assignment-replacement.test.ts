import { describe, expect, it } from 'vitest';
import { expectDocumentedExample, mutantSources } from '../helpers.js';

describe('ASR', () => {
  it('makes its documented example', () => expectDocumentedExample('ASR'));

  it('swaps arithmetic and bitwise augmented operators', async () => {
    expect(await mutantSources('x *= 2\n', 'ASR')).toEqual(['x /= 2\n']);
    expect(await mutantSources('x //= 2\n', 'ASR')).toEqual(['x /= 2\n']);
    expect(await mutantSources('x |= m\n', 'ASR')).toEqual(['x &= m\n']);
    expect(await mutantSources('x <<= 1\n', 'ASR')).toEqual(['x >>= 1\n']);
  });

  it('skips x += 0, which changes nothing', async () => {
    expect(await mutantSources('x += 0\n', 'ASR')).toEqual([]);
  });
});
