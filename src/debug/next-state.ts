/**
 * The `debug` task's answer: the state after an action, as line + changed variables, and how a
 * predicted one compares with the real one. Pure; shared by the eval task, its scorer and the REPL's
 * model mode.
 */
import type { DebugSnapshot } from './snapshot.js';

/** `{"ended": true}` once the run is over; otherwise the line, its function and what changed. */
export interface NextState {
  ended?: boolean;
  line?: number;
  func?: string;
  /** Variables of the new state whose repr differs from (or is missing in) the current state. */
  changed: Record<string, string>;
}

export function nextStateOf(before: DebugSnapshot, after: DebugSnapshot): NextState {
  if (after.ended) return { ended: true, changed: {} };
  const changed: Record<string, string> = {};
  for (const [name, repr] of Object.entries(after.locals))
    if (before.locals[name] !== repr) changed[name] = repr;
  return { line: after.line, func: after.func, changed };
}

/**
 * The last JSON object in a model's text that looks like a next state (`line` or `ended`), or null.
 * Models wrap answers in prose and code fences; the last object is the final answer.
 */
export function parseNextState(text: string): NextState | null {
  let found: NextState | null = null;
  for (let start = text.indexOf('{'); start >= 0; start = text.indexOf('{', start + 1)) {
    const candidate = objectAt(text, start);
    if (candidate === undefined) continue;
    const state = asNextState(candidate);
    if (state) found = state;
  }
  return found;
}

function objectAt(text: string, start: number): unknown {
  let depth = 0;
  let inString = false;
  for (let index = start; index < text.length; index++) {
    const ch = text[index];
    if (inString) {
      if (ch === '\\') index++;
      else if (ch === '"') inString = false;
    } else if (ch === '"') inString = true;
    else if (ch === '{') depth++;
    else if (ch === '}' && --depth === 0) {
      try {
        return JSON.parse(text.slice(start, index + 1));
      } catch {
        return undefined;
      }
    }
  }
  return undefined;
}

function asNextState(value: unknown): NextState | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const record = value as Record<string, unknown>;
  if (record.ended === true) return { ended: true, changed: {} };
  const line = typeof record.line === 'string' ? Number(record.line) : record.line;
  if (typeof line !== 'number' || !Number.isInteger(line)) return null;
  const changed: Record<string, string> = {};
  const given = record.changed ?? record.locals ?? {};
  if (typeof given === 'object' && given !== null && !Array.isArray(given)) {
    for (const [name, repr] of Object.entries(given as Record<string, unknown>))
      changed[name] = typeof repr === 'string' ? repr : JSON.stringify(repr);
  }
  const state: NextState = { line, changed };
  if (typeof record.func === 'string') state.func = record.func;
  return state;
}

export interface NextStateComparison {
  /** Same line (or both ended) and exactly the same changed variables. */
  exact: boolean;
  lineCorrect: boolean;
  /** Changed variables: right name and repr / predicted but wrong or absent / real but missed. */
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  /** One line per difference, for people: `line: 7 ≠ 9`, `b: '4' ≠ '5'`, `i: missed`. */
  differences: string[];
}

export function compareNextStates(predicted: NextState | null, real: NextState): NextStateComparison {
  const realCount = Object.keys(real.changed).length;
  if (!predicted)
    return {
      exact: false,
      lineCorrect: false,
      truePositives: 0,
      falsePositives: 0,
      falseNegatives: realCount,
      differences: ['no next state in the answer'],
    };
  const differences: string[] = [];
  const lineCorrect = real.ended
    ? predicted.ended === true
    : !predicted.ended && predicted.line === real.line;
  if (!lineCorrect) differences.push(`line: ${where(predicted)} ≠ ${where(real)}`);
  let truePositives = 0;
  let falsePositives = 0;
  for (const [name, repr] of Object.entries(predicted.changed)) {
    if (real.changed[name] === repr) truePositives++;
    else {
      falsePositives++;
      differences.push(
        name in real.changed ? `${name}: ${repr} ≠ ${real.changed[name]}` : `${name}: ${repr} (unchanged)`,
      );
    }
  }
  const falseNegatives = realCount - truePositives;
  for (const [name, repr] of Object.entries(real.changed))
    if (!(name in predicted.changed)) differences.push(`${name}: missed (${repr})`);
  return {
    exact: lineCorrect && falsePositives === 0 && falseNegatives === 0,
    lineCorrect,
    truePositives,
    falsePositives,
    falseNegatives,
    differences,
  };
}

function where(state: NextState): string {
  return state.ended ? 'end' : String(state.line);
}
