/**
 * CPython reports a frame's variables *before* each line runs. The state *after* line event i is the
 * state at the next event of the same frame: the first later event at the same depth that is not a new
 * call (deeper events belong to functions the line called).
 */
import type { TraceStep, VariableValue } from '../engine/types.js';

export function nextEventInFrame(steps: readonly TraceStep[], index: number): number | undefined {
  const depth = steps[index]?.depth;
  if (depth === undefined) return undefined;
  for (let next = index + 1; next < steps.length; next++) {
    const step = steps[next]!;
    if (step.depth < depth) return undefined;
    if (step.depth === depth) return step.event === 'call' ? undefined : next;
  }
  return undefined;
}

/** Variables after step `index` ran, or undefined when the trace ends first (a limit, or an abort). */
export function stateAfter(
  steps: readonly TraceStep[],
  index: number,
): Record<string, VariableValue> | undefined {
  const next = nextEventInFrame(steps, index);
  return next === undefined ? undefined : steps[next]!.locals;
}

export interface VariableChange {
  name: string;
  before?: string;
  after?: string;
}

/** What changed between two variable maps: new, changed and removed names, in first-seen order. */
export function diffVariables(
  before: Record<string, VariableValue> | undefined,
  after: Record<string, VariableValue> | undefined,
): VariableChange[] {
  const changes: VariableChange[] = [];
  const old = before ?? {};
  const now = after ?? {};
  for (const [name, value] of Object.entries(now)) {
    const previous = old[name];
    if (!previous || previous.repr !== value.repr || previous.type !== value.type) {
      changes.push({ name, before: previous?.repr, after: value.repr });
    }
  }
  for (const [name, value] of Object.entries(old)) {
    if (!(name in now)) changes.push({ name, before: value.repr });
  }
  return changes;
}
