/**
 * Python `==` between a value a model wrote and a repr from the trace, on parsed literals: `1.0` equals `1`,
 * quote style does not matter, sets and dicts compare without order. Pure. Null when either side is not
 * a literal (then the claim cannot be checked).
 */
import { hashKey } from '../../mutate/input/equality.js';
import { parseValue } from '../../mutate/input/parser.js';
import { containsExpr, type PyValue } from '../../mutate/input/value.js';

function parse(text: string): PyValue | null {
  try {
    const value = parseValue(text);
    return containsExpr(value) ? null : value;
  } catch {
    return null;
  }
}

function numeric(value: PyValue): number | null {
  if (value.kind === 'int') return Number(value.value);
  if (value.kind === 'float') return value.value;
  if (value.kind === 'bool') return value.value ? 1 : 0;
  return null;
}

export function pyEqual(a: PyValue, b: PyValue): boolean {
  const na = numeric(a);
  const nb = numeric(b);
  if (na !== null || nb !== null) {
    if (a.kind === 'int' && b.kind === 'int') return a.value === b.value;
    return na !== null && nb !== null && na === nb;
  }
  if (a.kind !== b.kind) return false;
  switch (a.kind) {
    case 'none':
      return true;
    case 'str':
      return a.value === (b as typeof a).value;
    case 'bytes':
      return a.value.join(',') === (b as typeof a).value.join(',');
    case 'list':
    case 'tuple': {
      const other = b as typeof a;
      return (
        a.items.length === other.items.length && a.items.every((item, i) => pyEqual(item, other.items[i]!))
      );
    }
    case 'set': {
      const other = b as typeof a;
      const keys = new Set(other.items.map(hashKey));
      return a.items.length === other.items.length && a.items.every((item) => keys.has(hashKey(item)));
    }
    case 'dict': {
      const other = b as typeof a;
      return (
        a.entries.length === other.entries.length &&
        a.entries.every((entry) => {
          const match = other.entries.find((o) => pyEqual(o.key, entry.key));
          return match !== undefined && pyEqual(match.value, entry.value);
        })
      );
    }
    default:
      return false;
  }
}

/** Parsed once per text: checking a claim compares one value with many reprs. */
export class ValueParser {
  private readonly cache = new Map<string, PyValue | null>();

  get(text: string): PyValue | null {
    let value = this.cache.get(text);
    if (value === undefined) {
      value = parse(text);
      this.cache.set(text, value);
    }
    return value;
  }

  equal(claimed: string, repr: string): boolean | null {
    const a = this.get(claimed);
    const b = this.get(repr);
    if (a === null || b === null) return null;
    return pyEqual(a, b);
  }
}
