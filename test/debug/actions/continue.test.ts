import { describe, expect, it } from 'vitest';
import { continueToBreakpoint } from '../../../src/debug/actions/continue.js';
import { find, useNestedTimeline, where } from '../support.js';

const { timeline: t, at } = useNestedTimeline();

describe('continue', () => {
  it('runs to the end without breakpoints', () => {
    expect(where(t, continueToBreakpoint(t, at('line 1 <module>')))).toBe('end');
  });
  it('stops at each hit of a breakpoint in turn, then at the end', () => {
    const first = continueToBreakpoint(t, at('line 1 <module>', 0, [8]));
    expect(first).toBe(find(t, 'line 8 f', 0));
    const second = continueToBreakpoint(t, { position: first, breakpoints: [8] });
    expect(second).toBe(find(t, 'line 8 f', 1));
    expect(where(t, continueToBreakpoint(t, { position: second, breakpoints: [8] }))).toBe('end');
  });
  it('stops at whichever breakpoint runs first', () => {
    expect(where(t, continueToBreakpoint(t, at('line 1 <module>', 0, [3, 8])))).toBe('line 3 g');
  });
});
