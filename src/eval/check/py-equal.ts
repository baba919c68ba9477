/**
 * Python's `==` over literal values, evaluated here in Node rather than inside the sandbox, so a value
 * the candidate computed is compared as data: no `__eq__` it defined can run. Opaque values (`expr`, a
 * program-defined object shown structurally) never equal anything.
 */
import { hashKey } from '../../mutate/input/equality.js';
import type { PyValue } from '../../mutate/input/value.js';

/** A number's real value, for int/float/bool/complex cross-type equality as Python defines it. */
function asComplex(value: PyValue): { real: number | bigint; imag: number } | null {
  switch (value.kind) {
    case 'int':
      return { real: value.value, imag: 0 };
    case 'bool':
      return { real: value.value ? 1n : 0n, imag: 0 };
    case 'float':
      return { real: value.value, imag: 0 };
    case 'complex':
      return { real: value.real, imag: value.imag };
    default:
      return null;
  }
}

function realEqual(a: number | bigint, b: number | bigint): boolean {
  if (typeof a === 'bigint' && typeof b === 'bigint') return a === b;
  // int == float is exact in Python: compare the float with the int only when the float is integral.
  if (typeof a === 'bigint') return realEqual(b, a);
  if (typeof b === 'bigint') return Number.isInteger(a) && BigInt(a) === b;
  return a === b;
}

export function pyEqual(a: PyValue, b: PyValue): boolean {
  const na = asComplex(a);
  const nb = asComplex(b);
  if (na || nb) return !!na && !!nb && na.imag === nb.imag && realEqual(na.real, nb.real);
  switch (a.kind) {
    case 'none':
      return b.kind === 'none';
    case 'str':
      return b.kind === 'str' && a.value === b.value;
    case 'bytes':
      return (
        b.kind === 'bytes' && a.value.length === b.value.length && a.value.every((x, i) => x === b.value[i])
      );
    case 'list':
    case 'tuple':
      return (
        b.kind === a.kind &&
        a.items.length === b.items.length &&
        a.items.every((item, i) => pyEqual(item, b.items[i] as PyValue))
      );
    case 'set':
      return (
        b.kind === 'set' &&
        a.items.length === b.items.length &&
        a.items.every((x) => containsEqual(b.items, x))
      );
    case 'dict':
      return (
        b.kind === 'dict' &&
        a.entries.length === b.entries.length &&
        a.entries.every((entry) => {
          const other = b.entries.find((candidate) => keysEqual(candidate.key, entry.key));
          return other !== undefined && pyEqual(entry.value, other.value);
        })
      );
    default:
      return false;
  }
}

function keysEqual(a: PyValue, b: PyValue): boolean {
  const ka = hashKey(a);
  return ka !== null && ka === hashKey(b);
}

/** `x in items` for a list, tuple or set of literal values. */
export function containsEqual(items: readonly PyValue[], x: PyValue): boolean {
  return items.some((item) => pyEqual(item, x));
}

/** Python's truth value of a literal, or null when it cannot be known outside the program (an object). */
export function pyTruth(value: PyValue): boolean | null {
  switch (value.kind) {
    case 'int':
      return value.value !== 0n;
    case 'bool':
      return value.value;
    case 'float':
      return value.value !== 0;
    case 'complex':
      return value.real !== 0 || value.imag !== 0;
    case 'none':
      return false;
    case 'str':
    case 'bytes':
      return value.value.length > 0;
    case 'list':
    case 'tuple':
    case 'set':
      return value.items.length > 0;
    case 'dict':
      return value.entries.length > 0;
    default:
      return null;
  }
}

/** A number as a JS float, for ordering and closeness (null for anything else). */
export function pyNumber(value: PyValue): number | null {
  const complex = asComplex(value);
  if (complex?.imag !== 0) return null;
  return Number(complex.real);
}
