import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reverseNext } from '../../../src/debug/actions/reverse-next.js';
import { buildTimeline, type Timeline } from '../../../src/debug/timeline.js';
import { closeEngine, find, NESTED, traceOf, where } from '../support.js';

let t: Timeline;
beforeAll(async () => {
  t = buildTimeline(await traceOf(NESTED));
});
afterAll(closeEngine);
const at = (text: string, nth = 0, breakpoints: number[] = []) => ({
  position: find(t, text, nth),
  breakpoints,
});

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
