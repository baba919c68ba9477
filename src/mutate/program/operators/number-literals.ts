import { integerValue } from './node-helpers.js';

/**
 * The literal `text` shifted by `delta` (±1), written so Python reads it back as the same kind of number:
 * integers keep their base prefix, floats keep a decimal point or exponent, and negative results are
 * parenthesised so they bind like the literal they replace (`x ** 0` becomes `x ** (-1)`). Returns
 * undefined for literals left alone (imaginary numbers) or shifts a float cannot represent.
 */
export function shiftNumber(text: string, delta: 1 | -1): string | undefined {
  const integer = integerValue(text);
  if (integer !== undefined)
    return withSign(integer + BigInt(delta), (magnitude) => formatInteger(text, magnitude));
  return shiftFloat(text, delta);
}

function formatInteger(original: string, magnitude: bigint): string {
  const prefix = original.slice(0, 2).toLowerCase();
  const radix = prefix === '0x' ? 16 : prefix === '0o' ? 8 : prefix === '0b' ? 2 : 10;
  if (radix === 10) return magnitude.toString();
  const digits = magnitude.toString(radix);
  // Keep the author's spelling of the prefix and of hex digits.
  return original.slice(0, 2) + (/[A-F]/.test(original.slice(2)) ? digits.toUpperCase() : digits);
}

function shiftFloat(text: string, delta: 1 | -1): string | undefined {
  const clean = text.replace(/_/g, '');
  if (!/^(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(clean)) return undefined;
  const value = Number(clean);
  const shifted = value + delta;
  // 1e16 + 1 == 1e16 in double precision: such a "mutant" would be the original program again.
  if (!Number.isFinite(shifted) || shifted === value) return undefined;
  return withSign(shifted, (magnitude) => {
    const written = String(magnitude);
    return /[.e]/.test(written) ? written : `${written}.0`;
  });
}

function withSign<T extends number | bigint>(value: T, format: (magnitude: T) => string): string {
  const negative = value < 0;
  const magnitude = (negative ? -value : value) as T;
  return negative ? `(-${format(magnitude)})` : format(magnitude);
}
