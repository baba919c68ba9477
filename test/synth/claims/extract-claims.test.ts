/** The claim extractor's phrasings, one example each, and what it must not take for a claim. */
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../src/synth/claims/extract-claims.js';
import { readClaimedValue } from '../../../src/synth/claims/literal-scan.js';

const ctx = { variables: new Set(['total', 'seen', 'a', 'b', 'i', 'result']), functions: new Set(['f']) };
const values = (text: string) =>
  extractClaims(text, ctx).map((c) =>
    c.kind === 'value'
      ? `${c.variable}=${c.value}${c.iteration ? `@${c.iteration}` : ''}`
      : `${c.kind}:${'count' in c ? c.count : c.value}`,
  );

describe('claim extraction', () => {
  it.each([
    ['`total` is 6.', ['total=6']],
    ['total becomes 0 + 1 = 1, so we go on.', ['total=1']],
    ['Now `total` is updated to `3`.', ['total=3']],
    ['We set `total` to 10', ['total=10']],
    ['The value of total is now 4.', ['total=4']],
    ['a, b = 18, 12', ['a=18', 'b=12']],
    ['`seen = set()` and `result = []`', ['result=[]']],
    ['In the second iteration, `seen` is {1, 2}.', ['seen={1, 2}@2']],
    ['The loop runs 3 times.', ['loop-count:3']],
    ['The loop iterates twice', ['loop-count:2']],
    ['The function returns [1, 2].', ['return:[1, 2]']],
    ['`f(3)` returns 9', ['return:9']],
  ])('%s', (text, expected) => {
    expect(values(text)).toEqual(expected);
  });

  it('takes no claim from prose about things that are not variables or values', () => {
    expect(values('The list is sorted. The result is what we expect. total is greater than 5.')).toEqual([]);
    expect(values('`total` holds the 21 letters. `len(xs)` returns 3.')).toEqual([]);
    expect(values('[ANSWER]\nassert f(1) == 2\n[/ANSWER]')).toEqual([]);
  });

  it('keeps an iteration heading for the sentences under it, until the loop ends', () => {
    expect(values('Iteration 2:\n- total = 3\n- i = 1\nAfter the loop, total = 6.')).toEqual([
      'total=3@2',
      'i=1@2',
      'total=6',
    ]);
  });

  it('reports a backticked name the run never had as uncheckable, not as a claim', () => {
    expect(extractClaims('`self.count` is 2 and `counter` is 3', ctx).map((c) => c.kind)).toEqual([
      'unknown-name',
    ]);
  });
});

describe('readClaimedValue', () => {
  it('stops at the end of a literal and prefers the result of shown arithmetic', () => {
    expect(readClaimedValue("x is 'a, b', then", 5)?.text).toBe("'a, b'");
    expect(readClaimedValue('x = 2 * 3 = 6.', 4)?.text).toBe('6');
    expect(readClaimedValue('x = y + 1.', 4)).toBeNull();
    expect(readClaimedValue('x = 0-based', 4)).toBeNull();
  });
});
