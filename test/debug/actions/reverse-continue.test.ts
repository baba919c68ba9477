import { describe, expect, it } from 'vitest';
import { reverseContinue } from '../../../src/debug/actions/reverse-continue.js';
import { find, useNestedTimeline, where } from '../support.js';

const { timeline: t } = useNestedTimeline();

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
