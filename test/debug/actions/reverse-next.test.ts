import { describe, expect, it } from 'vitest';
import { reverseNext } from '../../../src/debug/actions/reverse-next.js';
import { useNestedTimeline, where } from '../support.js';

const { timeline: t, at } = useNestedTimeline();

describe('reverse-next', () => {
  it("goes back over a call to the frame's previous line", () => {
    expect(where(t, reverseNext(t, at('line 7 f')))).toBe('line 6 f');
    expect(where(t, reverseNext(t, at('line 7 f', 1)))).toBe('line 8 f');
  });
  it("from a frame's first event, goes back to the caller's line that called it", () => {
    expect(where(t, reverseNext(t, at('call 1 g')))).toBe('line 6 f');
  });
  it('stops at a breakpoint inside the call it goes back over', () => {
    expect(where(t, reverseNext(t, at('line 7 f', 0, [2])))).toBe('line 2 g');
  });
});
