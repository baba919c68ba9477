import { describe, expect, it } from 'vitest';
import { callStack } from '../../src/debug/call-stack.js';
import { snapshot } from '../../src/debug/snapshot.js';
import { buildTimeline, callerFrame, OUTSIDE } from '../../src/debug/timeline.js';
import { find, NESTED, traceOf, useNestedTimeline } from './support.js';

const { timeline: t } = useNestedTimeline();

describe('timeline and call stack', () => {
  it('gives each frame the line it is on, outermost first', () => {
    const inG = find(t, 'line 2 g');
    expect(callStack(t, inG).map((frame) => `${frame.func}:${frame.line}`)).toEqual([
      '<module>:10',
      'f:6',
      'g:2',
    ]);
    expect(callerFrame(t, inG)).toBe(t.frameOf[find(t, 'line 6 f')]);
    expect(callerFrame(t, find(t, 'line 10 <module>'))).toBe(OUTSIDE);
  });

  it("stops everywhere but the module's own call event", () => {
    expect(t.stops[0]).toBe(1);
    expect(t.stops).toHaveLength(t.steps.length - 1);
  });

  it('snapshots a return stop with its value, and the end of the run', () => {
    const returned = snapshot(t, find(t, 'return 3 g'));
    expect(returned).toMatchObject({
      event: 'return',
      line: 3,
      func: 'g',
      returnValue: '4',
      locals: { x: '3', y: '4' },
    });
    expect(snapshot(t, t.steps.length)).toEqual({
      position: t.steps.length,
      ended: true,
      locals: {},
      stack: [],
    });
  });

  it('follows a call-mode run from the module into the called function', async () => {
    const called = buildTimeline(await traceOf(NESTED, { call: 'f(1)' }));
    const call = called.steps.findIndex(
      (step) => step.event === 'call' && step.func === 'f' && step.depth === 0,
    );
    expect(called.stopOrdinal[call]).toBeGreaterThan(0);
    expect(callStack(called, call).map((frame) => frame.func)).toEqual(['f']);
  });
});
