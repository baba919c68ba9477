/**
 * The value model for Python literal arguments. Every Python type the parser understands has its own
 * `kind`; anything syntactically valid but not a literal (a lambda, a method call) is kept verbatim as an
 * `expr` so an argument list never has to be rejected just because one argument is computed.
 */
export type PyValue =
  | PyInt
  | PyFloat
  | PyComplex
  | PyBool
  | PyNone
  | PyStr
  | PyBytes
  | PyList
  | PyTuple
  | PySet
  | PyDict
  | PyExpr;

/** Python ints are unbounded, so they are bigints here. */
export interface PyInt {
  readonly kind: 'int';
  readonly value: bigint;
}
export interface PyFloat {
  readonly kind: 'float';
  readonly value: number;
}
export interface PyComplex {
  readonly kind: 'complex';
  readonly real: number;
  readonly imag: number;
}
export interface PyBool {
  readonly kind: 'bool';
  readonly value: boolean;
}
export interface PyNone {
  readonly kind: 'none';
}
/** A JS string holds the code points; explicit surrogate-pair escapes merge into one astral character. */
export interface PyStr {
  readonly kind: 'str';
  readonly value: string;
}
/** Byte values 0..255. */
export interface PyBytes {
  readonly kind: 'bytes';
  readonly value: readonly number[];
}
export interface PyList {
  readonly kind: 'list';
  readonly items: readonly PyValue[];
}
export interface PyTuple {
  readonly kind: 'tuple';
  readonly items: readonly PyValue[];
}
/** Items in first-occurrence order, already de-duplicated with Python equality. */
export interface PySet {
  readonly kind: 'set';
  readonly items: readonly PyValue[];
}
export interface PyDictEntry {
  readonly key: PyValue;
  readonly value: PyValue;
}
/** Entries in insertion order, duplicates folded the way Python folds them (first key, last value). */
export interface PyDict {
  readonly kind: 'dict';
  readonly entries: readonly PyDictEntry[];
}
/** A valid Python expression that is not a literal, kept as its source text and never mutated. */
export interface PyExpr {
  readonly kind: 'expr';
  readonly source: string;
}

export type PyKind = PyValue['kind'];
export type PyValueOf<K extends PyKind> = Extract<PyValue, { kind: K }>;

/** One argument of a call: positional when `name` is null, keyword (`name=value`) otherwise. */
export interface PyArgument {
  readonly name: string | null;
  readonly value: PyValue;
}

export type PyArgs = readonly PyArgument[];

export const py = {
  int: (value: bigint | number): PyInt => ({ kind: 'int', value: BigInt(value) }),
  float: (value: number): PyFloat => ({ kind: 'float', value }),
  complex: (real: number, imag: number): PyComplex => ({ kind: 'complex', real, imag }),
  bool: (value: boolean): PyBool => ({ kind: 'bool', value }),
  none: (): PyNone => ({ kind: 'none' }),
  str: (value: string): PyStr => ({ kind: 'str', value }),
  bytes: (value: readonly number[]): PyBytes => ({ kind: 'bytes', value }),
  list: (items: readonly PyValue[]): PyList => ({ kind: 'list', items }),
  tuple: (items: readonly PyValue[]): PyTuple => ({ kind: 'tuple', items }),
  set: (items: readonly PyValue[]): PySet => ({ kind: 'set', items }),
  dict: (entries: readonly PyDictEntry[]): PyDict => ({ kind: 'dict', entries }),
  expr: (source: string): PyExpr => ({ kind: 'expr', source }),
} as const;

export function isSequenceKind(kind: PyKind): kind is 'list' | 'tuple' | 'set' {
  return kind === 'list' || kind === 'tuple' || kind === 'set';
}

/** Whether the value contains an opaque expression anywhere (such values cannot be literal-evaluated). */
export function containsExpr(value: PyValue): boolean {
  switch (value.kind) {
    case 'expr':
      return true;
    case 'list':
    case 'tuple':
    case 'set':
      return value.items.some(containsExpr);
    case 'dict':
      return value.entries.some((entry) => containsExpr(entry.key) || containsExpr(entry.value));
    default:
      return false;
  }
}

/** A parsed expression with its source span; `expr` values mark expressions that are not literals. */
export interface Node {
  readonly value: PyValue;
  readonly start: number;
  readonly end: number;
  /** A bare imaginary literal such as `2j`, the only right operand `1 + 2j` may fold with. */
  readonly imaginary?: boolean;
  /** The identifier, when the node is a plain name (so `dict(...)` can be folded). */
  readonly name?: string;
  /** A `*x` element, which makes the enclosing display opaque. */
  readonly starred?: boolean;
}
