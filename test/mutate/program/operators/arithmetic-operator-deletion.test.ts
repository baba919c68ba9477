import { describe, expect, it } from 'vitest';
import { expectDocumentedExample, mutantSources } from '../helpers.js';

describe('AOD', () => {
  it('makes its documented example', () => expectDocumentedExample('AOD'));

  it('drops unary minus and plus with the space after them', async () => {
    expect(await mutantSources('y = - x\n', 'AOD')).toEqual(['y = x\n']);
    expect(await mutantSources('y = +x\n', 'AOD')).toEqual(['y = x\n']);
  });

  it('keeps a keyword apart from the operand', async () => {
    expect(await mutantSources('def f(x):\n    return-x\n', 'AOD')).toEqual(['def f(x):\n    return x\n']);
  });

  it('skips -0 (equivalent) and leaves ~ to BIT', async () => {
    expect(await mutantSources('y = -0\nz = ~x\n', 'AOD')).toEqual([]);
  });
});
