/**
 * Splits an `assert` statement into what the candidate must compute and what it is compared with, so
 * the expected literal stays outside the sandbox: `assert f(2) == [1, 2]` runs `f(2)` in the candidate's
 * process and compares its value with `[1, 2]` here. Pure: no engine, no I/O.
 */
import { parseArgs, parseValue } from '../../mutate/input/parser.js';
import type { Token } from '../../mutate/input/tokenizer.js';
import { tokenize } from '../../mutate/input/tokenizer.js';
import { containsExpr, type PyValue } from '../../mutate/input/value.js';

export type CompareOp = '==' | '!=' | '<' | '<=' | '>' | '>=' | 'is' | 'is not' | 'in' | 'not in';

/** One condition of an assert (`a and b` gives two); `computed` are expressions for the sandbox. */
export type Condition =
  | {
      kind: 'compare';
      computed: string;
      op: CompareOp;
      expected: PyValue;
      expectedText: string;
      literalLeft: boolean;
    }
  | { kind: 'literals'; left: PyValue; right: PyValue; op: CompareOp }
  | { kind: 'pair'; left: string; right: string; op: CompareOp }
  | { kind: 'close'; computed: string; expected: number; relTol: number; absTol: number }
  | { kind: 'within'; computed: string; expected: number; bound: number; strict: boolean }
  | { kind: 'truth'; computed: string; negate: boolean };

export type AssertPlan = { conditions: Condition[] } | { unsupported: string };

const COMPARE_OPS = new Set(['==', '!=', '<', '<=', '>', '>=']);
const OPEN = new Set(['(', '[', '{']);
const CLOSE = new Set([')', ']', '}']);

interface Slice {
  text: string;
  tokens: Token[];
}

export function planAssert(statement: string): AssertPlan {
  let tokens: Token[];
  try {
    tokens = tokenize(statement);
  } catch (error) {
    return { unsupported: `the assert does not parse: ${(error as Error).message.split('\n')[0]}` };
  }
  tokens.pop(); // the end token
  if (tokens[0]?.type !== 'name' || tokens[0].text !== 'assert')
    return { unsupported: 'a test must be one `assert` statement' };
  const body = topLevelSplit(statement, tokens.slice(1), (t) => t.type === 'op' && t.text === ',')[0]!;
  if (body.tokens.length === 0) return { unsupported: 'the assert has no condition' };
  if (topLevel(body.tokens).some((t) => t.type === 'name' && ['or', 'if', 'lambda'].includes(t.text)))
    return { unsupported: 'an assert with `or`, `if … else` or `lambda` at its top level cannot be split' };
  const conditions: Condition[] = [];
  for (const part of topLevelSplit(statement, body.tokens, (t) => t.type === 'name' && t.text === 'and')) {
    const condition = planCondition(statement, part);
    if ('unsupported' in condition) return condition;
    conditions.push(condition);
  }
  return { conditions };
}

function planCondition(source: string, part: Slice): Condition | { unsupported: string } {
  const ops = comparisonOps(part.tokens);
  if (ops.length > 1) return { unsupported: `a chained comparison (${part.text}) cannot be split` };
  if (ops.length === 0) {
    const close = closeness(part);
    if (close) return close;
    const first = part.tokens[0]!;
    if (first.type === 'name' && first.text === 'not') {
      const rest = sliceOf(source, part.tokens.slice(1));
      return { kind: 'truth', computed: rest.text, negate: true };
    }
    return { kind: 'truth', computed: part.text, negate: false };
  }
  const { at, width, op } = ops[0]!;
  const left = sliceOf(source, part.tokens.slice(0, at));
  const right = sliceOf(source, part.tokens.slice(at + width));
  if (left.tokens.length === 0 || right.tokens.length === 0)
    return { unsupported: `incomplete comparison: ${part.text}` };
  if (op === '<' || op === '<=') {
    const within = absDifference(source, left, right.text, op === '<');
    if (within) return within;
  }
  const leftValue = literal(left.text);
  const rightValue = literal(right.text);
  if (leftValue && rightValue) return { kind: 'literals', left: leftValue, right: rightValue, op };
  if (rightValue)
    return {
      kind: 'compare',
      computed: left.text,
      op,
      expected: rightValue,
      expectedText: right.text,
      literalLeft: false,
    };
  if (leftValue)
    return {
      kind: 'compare',
      computed: right.text,
      op,
      expected: leftValue,
      expectedText: left.text,
      literalLeft: true,
    };
  return { kind: 'pair', left: left.text, right: right.text, op };
}

/** A literal value (everything `ast.literal_eval` takes, plus `set()`, `float('inf')`…), else null. */
export function literal(text: string): PyValue | null {
  try {
    const value = parseValue(text);
    return containsExpr(value) ? null : value;
  } catch {
    return null;
  }
}

/** `math.isclose(x, 3.5, rel_tol=…, abs_tol=…)` or `isclose(…)` with one computed and one literal side. */
function closeness(part: Slice): Condition | null {
  const t = part.tokens;
  const dotted =
    t[0]?.text === 'math' && t[1]?.text === '.' && t[2]?.text === 'isclose'
      ? 3
      : t[0]?.text === 'isclose'
        ? 1
        : 0;
  if (!dotted || t[dotted]?.text !== '(' || t[t.length - 1]?.text !== ')') return null;
  if (matchingClose(t, dotted) !== t.length - 1) return null;
  let args: ReturnType<typeof parseArgs>;
  try {
    args = parseArgs(part.text.slice(t[dotted]!.end - t[0]!.start, t[t.length - 1]!.start - t[0]!.start));
  } catch {
    return null;
  }
  const positional = args.filter((a) => a.name === null).map((a) => a.value);
  if (positional.length !== 2) return null;
  const number = (value: PyValue | undefined, fallback: number): number | null => {
    if (value === undefined) return fallback;
    if (value.kind === 'int') return Number(value.value);
    return value.kind === 'float' ? value.value : null;
  };
  const relTol = number(args.find((a) => a.name === 'rel_tol')?.value, 1e-9);
  const absTol = number(args.find((a) => a.name === 'abs_tol')?.value, 0);
  if (relTol === null || absTol === null) return null;
  const [a, b] = positional as [PyValue, PyValue];
  const computedSide = a.kind === 'expr' ? a : b.kind === 'expr' ? b : null;
  const expected = number(computedSide === a ? b : a, Number.NaN);
  if (computedSide?.kind !== 'expr' || expected === null || Number.isNaN(expected)) return null;
  return { kind: 'close', computed: computedSide.source, expected, relTol, absTol };
}

/** `abs(x - 0.5) < 1e-6` (either order inside `abs`). */
function absDifference(source: string, left: Slice, boundText: string, strict: boolean): Condition | null {
  const t = left.tokens;
  if (t[0]?.text !== 'abs' || t[1]?.text !== '(' || matchingClose(t, 1) !== t.length - 1) return null;
  const bound = literal(boundText);
  const boundNumber =
    bound?.kind === 'float' ? bound.value : bound?.kind === 'int' ? Number(bound.value) : null;
  if (boundNumber === null) return null;
  const inner = t.slice(2, -1);
  const level = topLevel(inner);
  for (const token of level) {
    if (token.text !== '-' || token.type !== 'op') continue;
    const at = inner.indexOf(token);
    const before = inner[at - 1];
    if (!before || (before.type === 'op' && !CLOSE.has(before.text))) continue; // unary minus
    const a = sliceOf(source, inner.slice(0, at));
    const b = sliceOf(source, inner.slice(at + 1));
    const la = literal(a.text);
    const lb = literal(b.text);
    const num = (v: PyValue | null) =>
      v?.kind === 'float' ? v.value : v?.kind === 'int' ? Number(v.value) : null;
    if (lb && !la && num(lb) !== null)
      return { kind: 'within', computed: a.text, expected: num(lb)!, bound: boundNumber, strict };
    if (la && !lb && num(la) !== null)
      return { kind: 'within', computed: b.text, expected: num(la)!, bound: boundNumber, strict };
  }
  return null;
}

function comparisonOps(tokens: Token[]): { at: number; width: number; op: CompareOp }[] {
  const found: { at: number; width: number; op: CompareOp }[] = [];
  let depth = 0;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.type === 'op' && OPEN.has(token.text)) depth++;
    else if (token.type === 'op' && CLOSE.has(token.text)) depth--;
    if (depth !== 0) continue;
    if (token.type === 'op' && COMPARE_OPS.has(token.text))
      found.push({ at: i, width: 1, op: token.text as CompareOp });
    else if (token.type === 'name' && token.text === 'is') {
      const negated = tokens[i + 1]?.type === 'name' && tokens[i + 1]!.text === 'not';
      found.push({ at: i, width: negated ? 2 : 1, op: negated ? 'is not' : 'is' });
      if (negated) i++;
    } else if (token.type === 'name' && token.text === 'in') found.push({ at: i, width: 1, op: 'in' });
    else if (token.type === 'name' && token.text === 'not' && tokens[i + 1]?.text === 'in' && i > 0) {
      found.push({ at: i, width: 2, op: 'not in' });
      i++;
    }
  }
  return found;
}

function topLevel(tokens: Token[]): Token[] {
  const out: Token[] = [];
  let depth = 0;
  for (const token of tokens) {
    if (token.type === 'op' && CLOSE.has(token.text)) depth--;
    if (depth === 0) out.push(token);
    if (token.type === 'op' && OPEN.has(token.text)) depth++;
  }
  return out;
}

function matchingClose(tokens: Token[], open: number): number {
  let depth = 0;
  for (let i = open; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.type === 'op' && OPEN.has(token.text)) depth++;
    else if (token.type === 'op' && CLOSE.has(token.text) && --depth === 0) return i;
  }
  return -1;
}

function topLevelSplit(source: string, tokens: Token[], isSeparator: (t: Token) => boolean): Slice[] {
  const parts: Token[][] = [[]];
  let depth = 0;
  for (const token of tokens) {
    if (token.type === 'op' && OPEN.has(token.text)) depth++;
    else if (token.type === 'op' && CLOSE.has(token.text)) depth--;
    if (depth === 0 && isSeparator(token)) parts.push([]);
    else parts[parts.length - 1]!.push(token);
  }
  return parts.map((part) => sliceOf(source, part));
}

function sliceOf(source: string, tokens: Token[]): Slice {
  if (tokens.length === 0) return { text: '', tokens };
  return { text: source.slice(tokens[0]!.start, tokens[tokens.length - 1]!.end), tokens };
}
