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

/** `{"repr":…,"type":…}` written directly (the common case, and the hot path of long traces). */
function valueJson(value: object, order: readonly string[]): string {
  const keys = Object.keys(value);
  const [first, second] = order as [string, string];
  if (keys.length === 2 && first in value && second in value) {
    const source = value as Record<string, unknown>;
    return `{"${first}":${JSON.stringify(source[first])},"${second}":${JSON.stringify(source[second])}}`;
  }
  return JSON.stringify(ordered(value, order));
}

function stepJson(step: TraceStep): string {
  // Variables keep the engine's order: it is the frame's own (definition) order, part of the trace.
  const locals = Object.entries(step.locals)
    .map(([name, value]) => `${JSON.stringify(name)}:${valueJson(value, VALUE_KEYS)}`)
    .join(',');
  let text = `{"event":${JSON.stringify(step.event)},"line":${step.line},"func":${JSON.stringify(step.func)}`;
  text += `,"depth":${step.depth},"locals":{${locals}}`;
  if (step.stdout !== undefined) text += `,"stdout":${JSON.stringify(step.stdout)}`;
  if (step.value !== undefined) text += `,"value":${valueJson(step.value, VALUE_KEYS)}`;
  if (step.exception !== undefined) text += `,"exception":${valueJson(step.exception, EXCEPTION_KEYS)}`;
  // A field a later engine adds still survives, after the known ones, sorted.
  const source = step as unknown as Record<string, unknown>;
  for (const key of Object.keys(step).sort()) {
    if (!STEP_KEYS.includes(key) && source[key] !== undefined) {
      text += `,${JSON.stringify(key)}:${JSON.stringify(source[key])}`;
    }
  }
  return `${text}}`;
}

export function renderJson(input: RenderInput): string {
  // One string per step, joined once: linear in the trace size.
  const parts = input.result.steps.map(stepJson);
  return `[${parts.join(',')}]`;
}

export const jsonRenderer: FormatRenderer = {
  name: 'json',
  description: "the engine's trace steps as canonical compact JSON (parses back to exactly the steps)",
  render: renderJson,
};
