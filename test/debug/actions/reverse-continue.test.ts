import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reverseContinue } from '../../../src/debug/actions/reverse-continue.js';
import { buildTimeline, type Timeline } from '../../../src/debug/timeline.js';
import { closeEngine, find, NESTED, traceOf, where } from '../support.js';

let t: Timeline;
beforeAll(async () => {
  t = buildTimeline(await traceOf(NESTED));
});
afterAll(closeEngine);

describe('reverse-continue', () => {
  it('goes back through each earlier breakpoint hit, then to the start', () => {
    const end = { position: t.steps.length, breakpoints: [8] };
    const second = reverseContinue(t, end);
    expect(second).toBe(find(t, 'line 8 f', 1));
    const first = reverseContinue(t, { position: second, breakpoints: [8] });
    expect(first).toBe(find(t, 'line 8 f', 0));
    expect(where(t, reverseContinue(t, { position: first, breakpoints: [8] }))).toBe('line 1 <module>');
  });
});
