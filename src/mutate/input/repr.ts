/**
 * Python's `repr` for the scalar types, reproduced so that printed values compare equal to the reprs the
 * engine records: string quoting and escapes, bytes, and the shortest round-tripping float form.
 */

// Python treats these categories as non-printable (str.isprintable), except the ASCII space.
const NON_PRINTABLE = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]/u;

function hex(code: number, width: number): string {
  return code.toString(16).padStart(width, '0');
}

function chooseQuote(hasSingle: boolean, hasDouble: boolean): string {
  return hasSingle && !hasDouble ? '"' : "'";
}

/** `repr(str)`: single quotes unless the text has a single quote and no double quote. */
export function reprStr(text: string): string {
  const quote = chooseQuote(text.includes("'"), text.includes('"'));
  let out = quote;
  for (const ch of text) {
    const code = ch.codePointAt(0) as number;
    if (ch === quote || ch === '\\') out += `\\${ch}`;
    else if (ch === '\t') out += '\\t';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (code < 0x20 || code === 0x7f) out += `\\x${hex(code, 2)}`;
    else if (code < 0x7f || !NON_PRINTABLE.test(ch)) out += ch;
    else if (code <= 0xff) out += `\\x${hex(code, 2)}`;
    else if (code <= 0xffff) out += `\\u${hex(code, 4)}`;
    else out += `\\U${hex(code, 8)}`;
  }
  return out + quote;
}

/** `repr(bytes)`: printable ASCII as is, everything else as `\xhh`. */
export function reprBytes(bytes: readonly number[]): string {
  const quote = chooseQuote(bytes.includes(0x27), bytes.includes(0x22));
  let out = `b${quote}`;
  for (const byte of bytes) {
    const ch = String.fromCharCode(byte);
    if (ch === quote || ch === '\\') out += `\\${ch}`;
    else if (ch === '\t') out += '\\t';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (byte < 0x20 || byte >= 0x7f) out += `\\x${hex(byte, 2)}`;
    else out += ch;
  }
  return out + quote;
}

/**
 * `repr(float)` for finite values: the shortest digits that round-trip (JS and Python agree on those),
 * laid out the Python way — scientific when the exponent is below -4 or at least 16, otherwise
 * positional with at least one fractional digit.
 */
export function reprFiniteFloat(value: number): string {
  if (value === 0) return Object.is(value, -0) ? '-0.0' : '0.0';
  const sign = value < 0 ? '-' : '';
  const [mantissa = '', exponentText = '0'] = Math.abs(value).toExponential().split('e');
  const digits = mantissa.replace('.', '');
  const exponent = Number(exponentText);
  if (exponent < -4 || exponent >= 16) {
    const head = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
    const expSign = exponent < 0 ? '-' : '+';
    return `${sign}${head}e${expSign}${String(Math.abs(exponent)).padStart(2, '0')}`;
  }
  if (exponent < 0) return `${sign}0.${'0'.repeat(-exponent - 1)}${digits}`;
  const whole = digits.slice(0, exponent + 1).padEnd(exponent + 1, '0');
  const fraction = digits.slice(exponent + 1);
  return `${sign}${whole}.${fraction === '' ? '0' : fraction}`;
}

/** A float as a Python expression: the repr when finite, `float('inf')` style otherwise. */
export function printFloat(value: number): string {
  if (Number.isNaN(value)) return "float('nan')";
  if (value === Number.POSITIVE_INFINITY) return "float('inf')";
  if (value === Number.NEGATIVE_INFINITY) return "float('-inf')";
  return reprFiniteFloat(value);
}

/**
 * `repr(complex)`: `2j`, `(1+2j)`. Python's repr does not always evaluate back to the same value
 * (`-2j` is `(-0-2j)`, and a `-0.0` part is lost in `x + yj` arithmetic), so those cases print as
 * `(0-2j)` or `complex(x, y)` instead, keeping the round trip exact.
 */
export function printComplex(real: number, imag: number): string {
  const hasNegativeZero = Object.is(real, -0) || Object.is(imag, -0);
  if (!Number.isFinite(real) || !Number.isFinite(imag) || hasNegativeZero) {
    return `complex(${printFloat(real)}, ${printFloat(imag)})`;
  }
  const part = (value: number): string => reprFiniteFloat(value).replace(/\.0$/, '');
  if (real === 0 && imag >= 0) return `${part(imag)}j`;
  const imagText = part(imag);
  const signed = imagText.startsWith('-') ? imagText : `+${imagText}`;
  return `(${part(real)}${signed}j)`;
}
