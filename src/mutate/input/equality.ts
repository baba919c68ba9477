import type { PyValue } from './value.js';

let uniqueCounter = 0;

/**
 * A string that is equal for two values exactly when Python's `==` holds between them and both are
 * hashable — the rule dict displays and sets use to fold duplicates (`{1: 'a', 1.0: 'b'}` is `{1: 'b'}`).
 * Returns null for unhashable values (lists, dicts, sets). NaN and opaque expressions never compare equal.
 */
export function hashKey(value: PyValue): string | null {
  switch (value.kind) {
    case 'int':
      return `n:${value.value}`;
    case 'bool':
      return value.value ? 'n:1' : 'n:0';
    case 'float':
      return floatKey(value.value);
    case 'complex':
      return value.imag === 0 ? floatKey(value.real) : `c:${value.real},${value.imag}`;
    case 'none':
      return 'none';
    case 'str':
      return `s:${JSON.stringify(value.value)}`;
    case 'bytes':
      return `b:${value.value.join(',')}`;
    case 'tuple': {
      const keys = value.items.map(hashKey);
      return keys.includes(null) ? null : `t(${keys.join(',')})`;
    }
    case 'expr':
      uniqueCounter += 1;
      return `e:${uniqueCounter}`;
    default:
      return null;
  }
}

function floatKey(value: number): string {
  if (Number.isNaN(value)) {
    uniqueCounter += 1;
    return `nan:${uniqueCounter}`;
  }
  if (Number.isFinite(value) && Number.isInteger(value)) return `n:${BigInt(value)}`;
  return `n:${value}`;
}

/** Keeps the first of each group of Python-equal items, as a set display does. */
export function dedupeSetItems(items: readonly PyValue[]): PyValue[] {
  const seen = new Set<string>();
  const out: PyValue[] = [];
  for (const item of items) {
    const key = hashKey(item);
    if (key !== null && seen.has(key)) continue;
    if (key !== null) seen.add(key);
    out.push(item);
  }
  return out;
}
