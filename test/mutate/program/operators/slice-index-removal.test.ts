import { describe, expect, it } from 'vitest';
import { expectDocumentedExample, mutantSources } from '../helpers.js';

describe('SIR', () => {
  it('makes its documented example', () => expectDocumentedExample('SIR'));

  it('drops each bound and the step separately', async () => {
    expect(await mutantSources('y = s[1:n:2]\n', 'SIR')).toEqual([
      'y = s[:n:2]\n',
      'y = s[1::2]\n',
      'y = s[1:n:]\n',
    ]);
  });

  it('skips bounds whose removal changes nothing: lower 0, step 1, None', async () => {
    expect(await mutantSources('y = s[0:None:1]\n', 'SIR')).toEqual([]);
    expect(await mutantSources('y = s[:-1]\n', 'SIR')).toEqual(['y = s[:]\n']);
  });
});
