/**
 * Checks, outside the interpreter, that a result a worker reported can be a trace of the program that
 * was sent: every line exists in the program, and calls and returns nest. A program that reaches
 * the harness can still forge a result that passes, but not one that names lines it does not have
 * or frames that never opened; such a result is refused rather than stored.
 */
import type { WireRequest } from './protocol.js';

const STATUSES = new Set([
  'ok',
  'error',
  'syntax_error',
  'timeout',
  'step_limit',
  'memory_limit',
  'output_limit',
]);
const EVENTS = new Set(['call', 'line', 'return', 'exception']);

interface StepShape {
  event?: unknown;
  line?: unknown;
  depth?: unknown;
}

/** Why `result` cannot be what the program produced, or undefined when it can. */
export function resultProblem(result: unknown, request: Pick<WireRequest, 'code'>): string | undefined {
  if (typeof result !== 'object' || result === null) return 'the result is not an object';
  const { status, steps, stepCount, exception } = result as Record<string, unknown>;
  if (typeof status !== 'string' || !STATUSES.has(status)) return `unknown status ${String(status)}`;
  if (!Array.isArray(steps)) return 'steps is not a list';
  if (!Number.isInteger(stepCount) || (stepCount as number) < steps.length)
    return 'stepCount is smaller than the number of steps';
  // Line 0 is where CPython reports a module's own call event.
  const lastLine = request.code.split('\n').length;
  const lineOk = (line: unknown) =>
    Number.isInteger(line) && (line as number) >= 0 && (line as number) <= lastLine;
  let previous: StepShape | undefined;
  for (let index = 0; index < steps.length; index++) {
    const step = steps[index] as StepShape;
    if (typeof step !== 'object' || step === null) return `step ${index} is not an object`;
    if (!EVENTS.has(step.event as string)) return `step ${index} has an unknown event`;
    if (!lineOk(step.line))
      return `step ${index} names line ${String(step.line)}, which the program does not have`;
    if (!Number.isInteger(step.depth) || (step.depth as number) < 0) return `step ${index} has a bad depth`;
    const problem = nestingProblem(previous, step);
    if (problem) return `step ${index}: ${problem}`;
    previous = step;
  }
  if (steps.length > 0 && (steps[0] as StepShape).depth !== 0) return 'the first step is not at depth 0';
  if (exception !== null && exception !== undefined) {
    const { line, traceback } = exception as { line?: unknown; traceback?: unknown };
    if (line !== null && !lineOk(line)) return 'the exception names a line the program does not have';
    if (!Array.isArray(traceback)) return 'the exception has no traceback list';
    for (const entry of traceback as { line?: unknown }[])
      if (!lineOk(entry?.line)) return 'the traceback names a line the program does not have';
  }
  return undefined;
}

/** A frame opens one level deeper than the step before it, and only with a `call` event. */
function nestingProblem(previous: StepShape | undefined, step: StepShape): string | undefined {
  if (!previous) return undefined;
  const before = previous.depth as number;
  const depth = step.depth as number;
  if (depth > before + 1) return `depth jumps from ${before} to ${depth}`;
  if (depth === before + 1 && step.event !== 'call') return 'a deeper frame starts without a call event';
  if (previous.event === 'return' && depth === before && step.event !== 'call')
    return 'a frame goes on after it returned';
  return undefined;
}
