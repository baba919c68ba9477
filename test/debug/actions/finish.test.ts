import { describe, expect, it } from 'vitest';
import { finish } from '../../../src/debug/actions/finish.js';
import { useNestedTimeline, where } from '../support.js';

const { timeline: t, at } = useNestedTimeline();

describe('finish', () => {
  it("runs to the current frame's return event", () => {
    expect(where(t, finish(t, at('line 2 g')))).toBe('return 3 g');
    expect(where(t, finish(t, at('call 5 f')))).toBe('return 9 f');
  });
  it('from a return, runs on to the next event of the caller', () => {
    expect(where(t, finish(t, at('return 3 g')))).toBe('line 7 f');
  });
  it('stops at a breakpoint before the return', () => {
    expect(where(t, finish(t, at('line 6 f', 0, [8])))).toBe('line 8 f');
  });
  it('from the module, runs to its return and then to the end', () => {
    expect(where(t, finish(t, at('line 1 <module>')))).toBe('return 10 <module>');
    expect(where(t, finish(t, at('return 10 <module>')))).toBe('end');
  });
});
