import { describe, expect, it } from 'vitest';
import { next } from '../../../src/debug/actions/next.js';
import { useNestedTimeline, where } from '../support.js';

const { timeline: t, at } = useNestedTimeline();

describe('next', () => {
  it('steps over a call to the next line of the same frame', () => {
    expect(where(t, next(t, at('line 6 f')))).toBe('line 7 f');
    expect(where(t, next(t, at('line 10 <module>')))).toBe('return 10 <module>');
  });
  it('follows a loop back to its header', () => {
    expect(where(t, next(t, at('line 8 f')))).toBe('line 7 f');
  });
  it("stops at the frame's return", () => {
    expect(where(t, next(t, at('line 9 f')))).toBe('return 9 f');
  });
  it('at a return, steps into whatever runs next (bdb turns it into step)', () => {
    expect(where(t, next(t, at('return 3 g')))).toBe('line 7 f');
  });
  it('stops at a breakpoint inside the call it steps over', () => {
    expect(where(t, next(t, at('line 6 f', 0, [2])))).toBe('line 2 g');
  });
});
