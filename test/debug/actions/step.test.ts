import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { step } from '../../../src/debug/actions/step.js';
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

describe('step', () => {
  it('goes into a call, then through the callee line by line', () => {
    expect(where(t, step(t, at('line 6 f')))).toBe('call 1 g');
    expect(where(t, step(t, at('call 1 g')))).toBe('line 2 g');
  });
  it('stops at a return (pdb --Return--), then goes on in the caller', () => {
    expect(where(t, step(t, at('line 3 g')))).toBe('return 3 g');
    expect(where(t, step(t, at('return 3 g')))).toBe('line 7 f');
  });
  it('ends after the module returns', () => {
    expect(where(t, step(t, at('return 10 <module>')))).toBe('end');
    expect(step(t, { position: t.steps.length, breakpoints: [] })).toBe(t.steps.length);
  });
});
