import { describe, expect, it } from 'vitest';
import { step } from '../../../src/debug/actions/step.js';
import { useNestedTimeline, where } from '../support.js';

const { timeline: t, at } = useNestedTimeline();

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
