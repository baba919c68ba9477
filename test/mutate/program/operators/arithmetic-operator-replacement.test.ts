import { describe, expect, it } from 'vitest';
import { expectDocumentedExample, mutantSources } from '../helpers.js';

describe('AOR', () => {
  it('makes its documented example', () => expectDocumentedExample('AOR'));

  it('follows the replacement table', async () => {
    expect(await mutantSources('y = a * b\n', 'AOR')).toEqual([
      'y = a / b\n',
      'y = a // b\n',
      'y = a ** b\n',
    ]);
    expect(await mutantSources('y = a // b\n', 'AOR')).toEqual(['y = a * b\n', 'y = a / b\n']);
    expect(await mutantSources('y = a % b\n', 'AOR')).toEqual(['y = a * b\n']);
    expect(await mutantSources('y = a ** b\n', 'AOR')).toEqual(['y = a * b\n']);
  });

  it('skips x + 0 / x - 0, which are equivalent, but not 0 - x', async () => {
    expect(await mutantSources('y = a + 0\nz = a - 0\n', 'AOR')).toEqual([]);
    expect(await mutantSources('y = 0 - a\n', 'AOR')).toEqual(['y = 0 + a\n']);
  });

  it('leaves bitwise and matrix operators alone', async () => {
    expect(await mutantSources('y = a & b | c @ d\n', 'AOR')).toEqual([]);
  });
});
