/**
 * `json`: the engine's steps as compact JSON with a fixed key order, so that the same trace always gives
 * the same bytes and `JSON.parse(render)` equals the engine's `steps` exactly. The run's status is not
 * repeated here: a dataset record carries it next to the render.
 */
import type { TraceStep } from '../engine/types.js';
import type { FormatRenderer, RenderInput } from './types.js';

const STEP_KEYS = ['event', 'line', 'func', 'depth', 'locals', 'stdout', 'value', 'exception'];
const VALUE_KEYS = ['repr', 'type'];
const EXCEPTION_KEYS = ['type', 'message'];

/** Known keys first in `order`, then any others sorted, so a field the engine adds later still survives. */
function ordered(object: object, order: readonly string[]): Record<string, unknown> {
  const source = object as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const key of order) if (source[key] !== undefined) out[key] = source[key];
  for (const key of Object.keys(source).sort()) {
    if (!order.includes(key) && source[key] !== undefined) out[key] = source[key];
  }
  return out;
}

function canonicalStep(step: TraceStep): Record<string, unknown> {
  const out = ordered(step, STEP_KEYS);
  // Variables keep the engine's order: it is the frame's own (definition) order, part of the trace.
  const locals: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(step.locals)) locals[name] = ordered(value, VALUE_KEYS);
  out.locals = locals;
  if (step.value) out.value = ordered(step.value, VALUE_KEYS);
  if (step.exception) out.exception = ordered(step.exception, EXCEPTION_KEYS);
  return out;
}

export function renderJson(input: RenderInput): string {
  // One stringify per step, joined once: linear in the trace size.
  const parts = input.result.steps.map((step) => JSON.stringify(canonicalStep(step)));
  return `[${parts.join(',')}]`;
}

export const jsonRenderer: FormatRenderer = {
  name: 'json',
  description: "the engine's trace steps as canonical compact JSON (parses back to exactly the steps)",
  render: renderJson,
};
