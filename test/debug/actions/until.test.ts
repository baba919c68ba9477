import { describe, expect, it } from 'vitest';
import { until } from '../../../src/debug/actions/until.js';
import { useNestedTimeline, where } from '../support.js';

const { timeline: t, at } = useNestedTimeline();

describe('until', () => {
  it('without a line, leaves a loop from its last line', () => {
    expect(where(t, until(t, at('line 8 f')))).toBe('line 9 f');
  });
  it('without a line elsewhere, behaves like next', () => {
    expect(where(t, until(t, at('line 6 f')))).toBe('line 7 f');
  });
  it('runs to the first line at or after LINE in the current frame', () => {
    expect(where(t, until(t, at('line 6 f'), 9))).toBe('line 9 f');
    expect(where(t, until(t, at('line 2 g'), 9))).toBe('return 3 g');
  });
  it('refuses a line that is not after the current one, as pdb does', () => {
    expect(() => until(t, at('line 8 f'), 7)).toThrow(/after the current one/);
  });
});
