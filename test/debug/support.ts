/** Real traces for the debugger tests: programs run on the native backend. */

import { afterAll, beforeAll } from 'vitest';
import { buildTimeline, type Timeline } from '../../src/debug/timeline.js';
import type { DebugState } from '../../src/debug/types.js';
import { createEngine, type Engine } from '../../src/engine/engine.js';
import type { TraceStep } from '../../src/engine/types.js';

let engine: Engine | undefined;

export async function traceOf(
  code: string,
  input: { call?: string; stdin?: string } = {},
): Promise<TraceStep[]> {
  engine ??= await createEngine({ backend: 'native', isolation: 'basic', workers: 1 });
  const result = await engine.run({
    code,
    mode: input.call ? 'call' : 'script',
    ...(input.call ? { call: input.call } : {}),
    ...(input.stdin !== undefined ? { stdin: input.stdin } : {}),
  });
  return result.steps;
}

export async function closeEngine(): Promise<void> {
  await engine?.close();
  engine = undefined;
}

/** A stop as a short text, `line 6 f` / `return 3 g` / `end`, for readable assertions. */
export function where(timeline: Timeline, position: number): string {
  const step = timeline.steps[position];
  return step ? `${step.event} ${step.line} ${step.func}` : 'end';
}

/** The position of the `nth` (0-based) event matching `text` (as `where` writes it). */
export function find(timeline: Timeline, text: string, nth = 0): number {
  let seen = 0;
  for (let index = 0; index < timeline.steps.length; index++) {
    if (where(timeline, index) === text && seen++ === nth) return index;
  }
  throw new Error(`no event "${text}" #${nth} in the trace`);
}

/** Two nested calls and a loop: the program the action examples run on. */
export const NESTED = `def g(x):
    y = x + 1
    return y

def f(a):
    b = g(a)
    for i in range(2):
        b += i
    return b
print(f(3))
`;

/**
 * For a test file of the debugger: NESTED traced once before its tests, the engine closed after them.
 * `timeline` is that trace's timeline; `at` is the debugger standing at the `nth` event matching `text`
 * (as `where` writes it), with the given breakpoints.
 */
export function useNestedTimeline(): {
  timeline: Timeline;
  at(text: string, nth?: number, breakpoints?: number[]): DebugState;
} {
  // Filled in by beforeAll, so that test bodies read it as a plain value (it is empty until then).
  const timeline = {} as Timeline;
  beforeAll(async () => {
    Object.assign(timeline, buildTimeline(await traceOf(NESTED)));
  });
  afterAll(closeEngine);
  return {
    timeline,
    at: (text, nth = 0, breakpoints = []) => ({ position: find(timeline, text, nth), breakpoints }),
  };
}
