/** Real traces for the debugger tests: programs run on the native backend. */

import type { Timeline } from '../../src/debug/timeline.js';
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
