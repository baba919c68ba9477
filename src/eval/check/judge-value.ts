/**
 * Judging outside the sandbox: what a candidate's run computed (its call's value, as the engine's repr
 * that never runs program code), compared here with the expected literal. A run that did not finish
 * normally, or whose expression never returned, is never a pass. Pure: no engine, no I/O.
 */

import type { RunResult } from '../../engine/types.js';
import { parseValue } from '../../mutate/input/parser.js';
import { printValue } from '../../mutate/input/printer.js';
import { containsExpr, type PyValue } from '../../mutate/input/value.js';
import type { CompareOp, Condition } from './assert-test.js';
import { containsEqual, pyEqual, pyNumber, pyTruth } from './py-equal.js';
import type { TestOutcome } from './types.js';

export type Judged = Omit<TestOutcome, 'index'>;

const OUTPUT_CHARS = 4000;
const SHOWN_CHARS = 300;

/** The outcome for a run that did not end normally, or null when it did. */
export function runFailure(result: RunResult): Judged | null {
  if (result.status === 'timeout')
    return withOutput(result, { verdict: 'timeout', message: 'the test ran past its time limit' });
  if (result.status === 'ok') return null;
  const errorType = result.exception?.type ?? result.status;
  const message = result.exception?.message || `the run ended with status ${result.status}`;
  return withOutput(result, { verdict: 'error', errorType, message: message.slice(0, SHOWN_CHARS) });
}

/** Attaches the (bounded) output of a run that did not pass. */
export function withOutput(result: RunResult, judged: Judged): Judged {
  if (judged.verdict === 'passed') return judged;
  return {
    ...judged,
    stdout: result.stdout.slice(0, OUTPUT_CHARS),
    stderr: result.stderr.slice(0, OUTPUT_CHARS),
  };
}

/** The value the run's call returned: a literal, or an opaque value that equals nothing. */
export function returnedValue(result: RunResult): { value: PyValue; text: string } | Judged {
  const failure = runFailure(result);
  if (failure) return failure;
  if (result.returnRepr === null || result.returnType === null)
    return withOutput(result, {
      verdict: 'error',
      errorType: 'NoValue',
      message: 'the program ended before the tested expression returned a value',
    });
  const text = result.returnRepr;
  try {
    return { value: parseValue(text), text };
  } catch {
    return { value: { kind: 'expr', source: text }, text };
  }
}

export function shown(text: string): string {
  return text.length > SHOWN_CHARS ? `${text.slice(0, SHOWN_CHARS)}…` : text;
}

/** Python's `left op right` for literal values; null when it cannot be decided outside the program. */
export function compareValues(left: PyValue, op: CompareOp, right: PyValue): boolean | null {
  if (containsExpr(left) || containsExpr(right)) return op === '==' ? false : op === '!=' ? true : null;
  switch (op) {
    case '==':
      return pyEqual(left, right);
    case '!=':
      return !pyEqual(left, right);
    case 'is':
    case 'is not': {
      const singleton = (v: PyValue) => v.kind === 'none' || v.kind === 'bool';
      if (!singleton(left) && !singleton(right)) return null;
      const same = left.kind === right.kind && pyEqual(left, right);
      return op === 'is' ? same : !same;
    }
    case 'in':
    case 'not in': {
      const found = membership(left, right);
      if (found === null) return null;
      return op === 'in' ? found : !found;
    }
    default:
      return order(left, op, right);
  }
}

function membership(item: PyValue, container: PyValue): boolean | null {
  switch (container.kind) {
    case 'list':
    case 'tuple':
    case 'set':
      return containsEqual(container.items, item);
    case 'dict':
      return containsEqual(
        container.entries.map((entry) => entry.key),
        item,
      );
    case 'str':
      return item.kind === 'str' ? container.value.includes(item.value) : null;
    default:
      return null;
  }
}

function order(left: PyValue, op: CompareOp, right: PyValue): boolean | null {
  const a = pyNumber(left);
  const b = pyNumber(right);
  let sign: number;
  if (a !== null && b !== null) sign = a < b ? -1 : a > b ? 1 : 0;
  else if (left.kind === 'str' && right.kind === 'str') {
    const x = [...left.value].map((c) => c.codePointAt(0)!);
    const y = [...right.value].map((c) => c.codePointAt(0)!);
    sign = 0;
    for (let i = 0; i < Math.min(x.length, y.length) && sign === 0; i++) sign = Math.sign(x[i]! - y[i]!);
    if (sign === 0) sign = Math.sign(x.length - y.length);
  } else return null;
  if (Number.isNaN(a) || Number.isNaN(b)) return false;
  return op === '<' ? sign < 0 : op === '<=' ? sign <= 0 : op === '>' ? sign > 0 : sign >= 0;
}

/** Expressions an assert's conditions need computed, in order (one run evaluates them as a tuple). */
export function computedExpressions(conditions: readonly Condition[]): string[] {
  return conditions.flatMap((c) => {
    if (c.kind === 'literals') return [];
    if (c.kind === 'pair') return [c.left, c.right];
    return [c.computed];
  });
}

/** Whether every condition holds for the computed values (in `computedExpressions` order). */
export function judgeConditions(conditions: readonly Condition[], values: readonly PyValue[]): Judged {
  let next = 0;
  for (const condition of conditions) {
    const outcome = judgeCondition(condition, () => values[next++]!);
    if (outcome) return outcome;
  }
  return { verdict: 'passed' };
}

function judgeCondition(c: Condition, take: () => PyValue): Judged | null {
  const failed = (message: string): Judged => ({ verdict: 'failed', message });
  const undecided = (what: string): Judged => ({
    verdict: 'error',
    errorType: 'UncomparableValue',
    message: `${what} cannot be compared outside the program (only literal values are)`,
  });
  switch (c.kind) {
    case 'literals': {
      const holds = compareValues(c.left, c.op, c.right);
      if (holds === null) return undecided('a literal');
      return holds ? null : failed(`${printValue(c.left)} ${c.op} ${printValue(c.right)} is false`);
    }
    case 'compare': {
      const value = take();
      const holds = c.literalLeft
        ? compareValues(c.expected, c.op, value)
        : compareValues(value, c.op, c.expected);
      const got = shown(printValueSafe(value));
      if (holds === null) return undecided(`${c.computed} = ${got}`);
      return holds
        ? null
        : failed(`${c.computed} computed ${got}; the test needs ${c.op} ${shown(c.expectedText)}`);
    }
    case 'pair': {
      const left = take();
      const right = take();
      const holds = compareValues(left, c.op, right);
      if (holds === null) return undecided(`${c.left} ${c.op} ${c.right}`);
      return holds
        ? null
        : failed(
            `${c.left} computed ${shown(printValueSafe(left))}, ${c.right} computed ${shown(printValueSafe(right))}`,
          );
    }
    case 'close':
    case 'within': {
      const value = take();
      const number = pyNumber(value);
      if (number === null) return undecided(`${c.computed} = ${shown(printValueSafe(value))} (not a number)`);
      const diff = Math.abs(number - c.expected);
      const holds =
        c.kind === 'close'
          ? diff <= Math.max(c.relTol * Math.max(Math.abs(number), Math.abs(c.expected)), c.absTol)
          : c.strict
            ? diff < c.bound
            : diff <= c.bound;
      return holds ? null : failed(`${c.computed} computed ${number}; the test needs about ${c.expected}`);
    }
    case 'truth': {
      const value = take();
      const truth = pyTruth(value);
      if (truth === null) return undecided(`the truth of ${c.computed}`);
      return truth !== c.negate ? null : failed(`${c.computed} computed ${shown(printValueSafe(value))}`);
    }
  }
}

function printValueSafe(value: PyValue): string {
  return value.kind === 'expr' ? value.source : printValue(value);
}
