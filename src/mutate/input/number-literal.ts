import { type PyComplex, type PyFloat, type PyInt, py } from './value.js';

/** Decodes a number token (`0x1f`, `1_000`, `.5`, `1e10`, `2j`) into an int, float or complex value. */
export function decodeNumber(text: string): PyInt | PyFloat | PyComplex {
  const digits = text.replaceAll('_', '');
  if (/[jJ]$/.test(digits)) return py.complex(0, Number(digits.slice(0, -1)));
  if (/^0[xXoObB]/.test(digits) || /^\d+$/.test(digits)) return py.int(BigInt(digits));
  // Number() rounds correctly like Python's float(), and overflows to Infinity the same way (`1e999`).
  return py.float(Number(digits));
}

/** Parses what Python's float() accepts from a string: decimal text, `inf`, `infinity`, `nan`, any case. */
export function parseFloatString(text: string): number | undefined {
  const trimmed = text.trim().toLowerCase();
  const match = /^([+-]?)(inf|infinity|nan)$/.exec(trimmed);
  if (match) {
    if (match[2] === 'nan') return Number.NaN;
    return match[1] === '-' ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
  }
  if (!/^[+-]?(?:\d(?:_?\d)*(?:\.(?:\d(?:_?\d)*)?)?|\.\d(?:_?\d)*)(?:e[+-]?\d(?:_?\d)*)?$/.test(trimmed)) {
    return undefined;
  }
  return Number(trimmed.replaceAll('_', ''));
}
