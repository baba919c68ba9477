import { describe, expect, it } from 'vitest';
import { reverseFinish } from '../../../src/debug/actions/reverse-finish.js';
import { useNestedTimeline, where } from '../support.js';

const { timeline: t, at } = useNestedTimeline();

describe('reverse-finish', () => {
  it("goes back to the caller's line that made the call", () => {
    expect(where(t, reverseFinish(t, at('line 3 g')))).toBe('line 6 f');
    expect(where(t, reverseFinish(t, at('line 6 f')))).toBe('line 10 <module>');
  });
  it("in the module, goes back to the module's first line", () => {
    expect(where(t, reverseFinish(t, at('line 10 <module>')))).toBe('line 1 <module>');
  });
  it('stops at a breakpoint on the way back', () => {
    expect(where(t, reverseFinish(t, at('line 9 f', 0, [2])))).toBe('line 2 g');
  });
});
