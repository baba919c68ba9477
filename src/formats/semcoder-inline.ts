/**
 * SemCoder's inline trace, as its released builder writes it from a PySnooper log
 * (`attach_trace_to_code`, then `attach_execution_exception`):
 *
 *   def f(xs): # [INPUT] {"xs": [1, 2]} [/INPUT]
 *       total = 0 # [STATE-0] {"total": 0} [/STATE-0]
 *       for x in xs: # [STATE-1] {"x": 1} [/STATE-1][STATE-3] {"x": 2} [/STATE-3]
 *       return total # [OUTPUT] 3 [/OUTPUT]
 *
 * - A state lists only the variables one execution of a line made new or changed, as JSON values
 *   (semcoder-values.ts). `k` counts the events after which something had changed: the first change is
 *   `[STATE-0]`; lines whose execution changes nothing are not annotated.
 * - Executions are counted per line over every event on it (call, line, return, exception). A change
 *   is filed under its line's execution count; an execution whose count runs ahead of the states the
 *   line has so far gets a new state per variable until it catches up (so one execution can show as
 *   two states with the same `k`, as in the released data).
 * - The returned value goes on the line of the frame's last event, into that line's first state.
 * - An exception adds ` # [EXCEPTION] Type: message [/EXCEPTION]` to the line of its `exception` event.
 * - Concise: a line with more than three states keeps the first two and the last, ` ... ` between.
 */
import type { VariableValue } from '../engine/types.js';
import { dumps, type PyJson } from './python-json.js';
import type { LogRecord } from './semcoder-log.js';
import { outputText, type SemcoderValues, stateValue } from './semcoder-values.js';

const OUTPUT = '[OUTPUT]';

interface Entry {
  times: number;
  order: number;
  name: string;
  value: VariableValue;
}

/** Python's `int()` accepts the text (SemCoder reads any third word that does as a line number). */
function isPythonInt(word: string): boolean {
  return /^[+-]?\d+(?:_\d+)*$/.test(word);
}

function objectText(state: Map<string, VariableValue>, values: SemcoderValues): string {
  const entries = new Map<string, PyJson>();
  for (const [name, value] of state) entries.set(name, stateValue(value, values));
  return dumps({ kind: 'object', entries });
}

function stateText(order: number, state: Map<string, VariableValue>, values: SemcoderValues): string {
  const output = state.get(OUTPUT);
  if (!output) return `[STATE-${order}] ${objectText(state, values)} [/STATE-${order}]`;
  const rest = new Map([...state].filter(([name]) => name !== OUTPUT));
  const tail = `[OUTPUT] ${outputText(output, values)} [/OUTPUT]`;
  return rest.size ? `[STATE-${order}] ${objectText(rest, values)} [/STATE-${order}]${tail}` : tail;
}

/** The released concise rule, on the whole annotated line: keep up to the third `[STATE`, then the last. */
export function conciseLine(line: string): string {
  const starts: number[] = [];
  for (let at = line.indexOf('[STATE'); at !== -1; at = line.indexOf('[STATE', at + 1)) starts.push(at);
  if (starts.length <= 3) return line;
  return `${line.slice(0, starts[2])} ... ${line.slice(starts[starts.length - 1])}`;
}

export interface InlineOptions {
  concise: boolean;
  values: SemcoderValues;
}

export function inlineTrace(code: string, records: readonly LogRecord[], options: InlineOptions): string[] {
  const { concise, values } = options;
  const inputs = new Map<string, VariableValue>();
  const outputs: VariableValue[] = [];
  const entriesByLine = new Map<number, Entry[]>();
  const timesByLine = new Map<number, number>();
  let firstLine = -1;
  let current = 0;
  let order = 0;
  let changed = false;
  const enterLine = (line: number): void => {
    current = line;
    if (firstLine === -1) firstLine = line;
    timesByLine.set(line, (timesByLine.get(line) ?? -1) + 1);
    if (changed) {
      order++;
      changed = false;
    }
  };
  for (const record of records) {
    if (record.kind === 'start') inputs.set(record.name, record.value);
    else if (record.kind === 'return') outputs.push(record.value);
    else if (record.kind === 'var') {
      const entry = { times: timesByLine.get(current) ?? 0, order, name: record.name, value: record.value };
      const list = entriesByLine.get(current);
      if (list) list.push(entry);
      else entriesByLine.set(current, [entry]);
      changed = true;
    } else if (record.kind === 'event') enterLine(record.line);
    else {
      // The released parser reads the third word of `Exception:..... Type: message` as a line number
      // when it is one (`KeyError: 3`): it counts as an event on that line. Reproduced, since it shifts
      // the execution counts of that line; no value is attached to it.
      const word = `Exception:..... ${record.text}`.trim().split(/\s+/)[2];
      if (word !== undefined && isPythonInt(word)) enterLine(Number.parseInt(word.replaceAll('_', ''), 10));
    }
  }
  const last = outputs[outputs.length - 1];
  if (last) {
    const entry = { times: 0, order, name: OUTPUT, value: last };
    const list = entriesByLine.get(current);
    if (list) list.push(entry);
    else entriesByLine.set(current, [entry]);
  }

  const lines = code.split('\n');
  const annotated = lines.map((text, index) => {
    const lineNumber = index + 1;
    let out = text;
    if (lineNumber === firstLine) out += ` # [INPUT] ${objectText(inputs, values)} [/INPUT]`;
    const entries = entriesByLine.get(lineNumber);
    if (entries) {
      const states: { order: number; values: Map<string, VariableValue> }[] = [];
      for (const entry of entries) {
        const state = states.length > entry.times ? states[entry.times] : undefined;
        if (state) state.values.set(entry.name, entry.value);
        else states.push({ order: entry.order, values: new Map([[entry.name, entry.value]]) });
      }
      out += ` # ${states.map((state) => stateText(state.order, state.values, values)).join('')}`;
    }
    return concise ? conciseLine(out) : out;
  });

  let exceptionLine = -1;
  for (const record of records) {
    if (record.kind === 'event' && record.event === 'exception') exceptionLine = record.line;
    if (record.kind === 'exception' && exceptionLine !== -1 && annotated[exceptionLine - 1] !== undefined) {
      annotated[exceptionLine - 1] += ` # [EXCEPTION] ${record.text} [/EXCEPTION]`;
    }
  }
  return annotated;
}
