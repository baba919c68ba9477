import { describe, expect, it } from 'vitest';
import { back } from '../../../src/debug/actions/back.js';
import { step } from '../../../src/debug/actions/step.js';
import { useNestedTimeline, where } from '../support.js';

const { timeline: t } = useNestedTimeline();

describe('back', () => {
  it('is the inverse of step at every stop', () => {
    for (const position of t.stops.slice(1)) {
      const earlier = back(t, { position, breakpoints: [] });
      expect(step(t, { position: earlier, breakpoints: [] })).toBe(position);
    }
  });
  it('stays at the first stop, and from the end goes to the last stop', () => {
    expect(back(t, { position: t.stops[0]!, breakpoints: [] })).toBe(t.stops[0]);
    expect(where(t, back(t, { position: t.steps.length, breakpoints: [] }))).toBe('return 10 <module>');
  });
});
