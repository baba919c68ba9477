/**
 * The called function's execution as SemCoder saw it: the records PySnooper writes for that one frame
 * (SemCoder traces with `depth=2` from a checker function, so callees, comprehensions and lambdas are not
 * traced), rebuilt from the engine's events.
 *
 * Per event PySnooper first lists the frame's variables that are new or whose repr changed since the
 * frame's previous event (`Starting var` for all of them at the call), then the event with its line
 * number, then for a return the value and for an exception its `Type: message`. A return that ends a
 * call by exception is written without a line number. Deleted variables are not reported.
 */
import type { TraceStep, VariableValue } from '../engine/types.js';
import { describeException } from './run-end.js';

export type LogRecord =
  | { kind: 'start'; name: string; value: VariableValue }
  | { kind: 'var'; name: string; value: VariableValue }
  | { kind: 'event'; event: 'call' | 'line' | 'return' | 'exception'; line: number }
  | { kind: 'return'; value: VariableValue }
  | { kind: 'exception'; text: string };

/** Index of the called function's `call` event in call mode (the module ran first), or -1. */
export function calledFrameStart(steps: readonly TraceStep[]): number {
  return steps.findIndex((step) => step.event === 'call' && step.depth === 0 && step.func !== '<module>');
}

/** PySnooper reports a decorated function's call on its `def` line, not the decorator's. */
function callLine(line: number, source: readonly string[]): number {
  if (!(source[line - 1] ?? '').trimStart().startsWith('@')) return line;
  for (let at = line; at <= source.length; at++) {
    if (source[at - 1]!.trimStart().startsWith('def')) return at;
  }
  return line;
}

export function snooperLog(
  steps: readonly TraceStep[],
  start: number,
  source: readonly string[],
): LogRecord[] {
  const records: LogRecord[] = [];
  let previous: Record<string, VariableValue> | null = null;
  let previousEvent: TraceStep['event'] | null = null;
  for (let index = start; index < steps.length; index++) {
    const step = steps[index]!;
    if (step.depth !== 0) continue;
    for (const [name, value] of Object.entries(step.locals)) {
      const before = previous?.[name];
      if (step.event === 'call') records.push({ kind: 'start', name, value });
      else if (!before || before.repr !== value.repr) records.push({ kind: 'var', name, value });
    }
    previous = step.locals;
    const endedByException = step.event === 'return' && previousEvent === 'exception';
    previousEvent = step.event;
    if (step.event === 'call') {
      records.push({ kind: 'event', event: 'call', line: callLine(step.line, source) });
    } else if (!endedByException) {
      records.push({ kind: 'event', event: step.event, line: step.line });
    }
    if (step.event === 'exception' && step.exception) {
      records.push({ kind: 'exception', text: describeException(step.exception) });
    }
    if (step.event === 'return') {
      if (!endedByException && step.value) records.push({ kind: 'return', value: step.value });
      break;
    }
  }
  return records;
}
