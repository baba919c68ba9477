import { dedupeSetItems, hashKey } from './equality.js';
import { parseFloatString } from './number-literal.js';
import { containsExpr, type PyArgument, type PyDictEntry, type PyValue, py } from './value.js';

/** The items of a literal iterable, as `list(x)` would see them; undefined when not a literal iterable. */
function iterate(value: PyValue): PyValue[] | undefined {
  switch (value.kind) {
    case 'list':
    case 'tuple':
    case 'set':
      return [...value.items];
    case 'str':
      return Array.from(value.value, (ch) => py.str(ch));
    case 'bytes':
      return value.value.map((byte) => py.int(byte));
    case 'dict':
      return value.entries.map((entry) => entry.key);
    default:
      return undefined;
  }
}

function toFloat(value: PyValue): number | undefined {
  if (value.kind === 'int' || value.kind === 'float') return Number(value.value);
  if (value.kind === 'bool') return value.value ? 1 : 0;
  if (value.kind === 'str') return parseFloatString(value.value);
  return undefined;
}

function dictFrom(args: readonly PyArgument[]): PyValue | undefined {
  const positional = args.filter((arg) => arg.name === null);
  if (positional.length > 1) return undefined;
  const entries: PyDictEntry[] = [];
  const source = positional[0]?.value;
  if (source?.kind === 'dict') entries.push(...source.entries);
  else if (source !== undefined) {
    for (const pair of iterate(source) ?? [undefined]) {
      if (pair?.kind !== 'list' && pair?.kind !== 'tuple') return undefined;
      const [key, value] = pair.items;
      if (pair.items.length !== 2 || key === undefined || value === undefined) return undefined;
      entries.push({ key, value });
    }
  }
  for (const arg of args) if (arg.name !== null) entries.push({ key: py.str(arg.name), value: arg.value });
  // Later entries overwrite earlier ones but keep the first position, as dict() does.
  const folded: PyDictEntry[] = [];
  for (const entry of entries) {
    const key = hashKey(entry.key);
    if (key === null) return undefined;
    const at = folded.findIndex((other) => hashKey(other.key) === key);
    if (at === -1) folded.push(entry);
    else folded[at] = { key: (folded[at] as PyDictEntry).key, value: entry.value };
  }
  return py.dict(folded);
}

/**
 * Folds calls of builtin constructors whose result is a plain literal value: `dict(a=1)`, `dict()`,
 * `set()`, `set([1, 2])`, `list('ab')`, `tuple()`, `float('inf')`, `complex(1, 2)`. These appear in
 * benchmark inputs and are the only way to write an empty set or a non-finite float. Anything else
 * (other names, starred or non-literal arguments) returns undefined and stays an opaque expression.
 */
export function foldConstructorCall(
  name: string,
  args: readonly PyArgument[] | undefined,
): PyValue | undefined {
  if (args === undefined || args.some((arg) => containsExpr(arg.value))) return undefined;
  if (name === 'dict') return dictFrom(args);
  if (args.some((arg) => arg.name !== null)) return undefined;
  const [first, second] = args.map((arg) => arg.value);
  if (args.length > (name === 'complex' ? 2 : 1)) return undefined;
  switch (name) {
    case 'list':
    case 'tuple':
    case 'set': {
      const items = first === undefined ? [] : iterate(first);
      if (items === undefined) return undefined;
      if (name === 'set')
        return items.every((item) => hashKey(item) !== null) ? py.set(dedupeSetItems(items)) : undefined;
      return name === 'list' ? py.list(items) : py.tuple(items);
    }
    case 'float': {
      const value = first === undefined ? 0 : toFloat(first);
      return value === undefined ? undefined : py.float(value);
    }
    case 'complex': {
      const real = first === undefined ? 0 : toFloat(first);
      const imag = second === undefined ? 0 : toFloat(second);
      if (first?.kind === 'str' || second?.kind === 'str') return undefined;
      return real === undefined || imag === undefined ? undefined : py.complex(real, imag);
    }
    default:
      return undefined;
  }
}
