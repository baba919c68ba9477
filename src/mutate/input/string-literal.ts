import { inputParseError } from './parse-error.js';
import type { Token } from './tokenizer.js';

/** A decoded string token: text as code points for `str`, byte values for `bytes`. */
export type DecodedString =
  | { readonly kind: 'str'; readonly value: string }
  | { readonly kind: 'bytes'; readonly value: number[] }
  | { readonly kind: 'fstring' };

const SIMPLE_ESCAPES: Record<string, string> = {
  '\n': '',
  '\\': '\\',
  "'": "'",
  '"': '"',
  a: '\x07',
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
  v: '\v',
};

/** Decodes one string or bytes token with Python's rules for prefixes and escape sequences. */
export function decodeStringToken(source: string, token: Token): DecodedString {
  const prefixLength = token.text.search(/['"]/);
  const prefix = token.text.slice(0, prefixLength).toLowerCase();
  if (prefix.includes('f')) return { kind: 'fstring' };
  const quoteLength =
    token.text.startsWith("'''", prefixLength) || token.text.startsWith('"""', prefixLength) ? 3 : 1;
  const bodyStart = token.start + prefixLength + quoteLength;
  const body = token.text.slice(prefixLength + quoteLength, token.text.length - quoteLength);
  const isBytes = prefix.includes('b');
  const decoded = prefix.includes('r') ? body : decodeEscapes(source, body, bodyStart, isBytes);
  if (!isBytes) return { kind: 'str', value: decoded };
  const bytes: number[] = [];
  for (let i = 0; i < decoded.length; i += 1) {
    const code = decoded.charCodeAt(i);
    // Escapes already produced values below 256; only raw bytes can still hold a non-ASCII character.
    if (code > 0x7f && prefix.includes('r')) {
      throw inputParseError(source, bodyStart + i, 'bytes can only contain ASCII literal characters');
    }
    bytes.push(code);
  }
  return { kind: 'bytes', value: bytes };
}

function decodeEscapes(source: string, body: string, bodyStart: number, isBytes: boolean): string {
  let out = '';
  let i = 0;
  while (i < body.length) {
    const ch = body[i] as string;
    if (ch !== '\\') {
      if (isBytes && ch.charCodeAt(0) > 0x7f) {
        throw inputParseError(source, bodyStart + i, 'bytes can only contain ASCII literal characters');
      }
      out += ch;
      i += 1;
      continue;
    }
    const next = body[i + 1] ?? '';
    const at = bodyStart + i;
    if (next in SIMPLE_ESCAPES) {
      out += SIMPLE_ESCAPES[next];
      i += 2;
    } else if (next === '\r') {
      i += body[i + 2] === '\n' ? 3 : 2; // CRLF line continuation
    } else if (/[0-7]/.test(next)) {
      const digits = /^[0-7]{1,3}/.exec(body.slice(i + 1))?.[0] ?? next;
      const code = Number.parseInt(digits, 8);
      out += isBytes ? String.fromCharCode(code & 0xff) : String.fromCodePoint(code);
      i += 1 + digits.length;
    } else if (next === 'x' || (!isBytes && (next === 'u' || next === 'U'))) {
      const width = next === 'x' ? 2 : next === 'u' ? 4 : 8;
      const hex = body.slice(i + 2, i + 2 + width);
      if (!new RegExp(`^[0-9a-fA-F]{${width}}$`).test(hex)) {
        throw inputParseError(source, at, `truncated \\${next} escape: expected ${width} hex digits`);
      }
      const code = Number.parseInt(hex, 16);
      if (code > 0x10ffff) throw inputParseError(source, at, 'illegal Unicode character in \\U escape');
      out += String.fromCodePoint(code);
      i += 2 + width;
    } else if (next === 'N' && !isBytes) {
      // The Unicode name database is not available without a large table, so say so plainly.
      throw inputParseError(
        source,
        at,
        '\\N{...} escapes are not supported; write the character or \\u escape',
      );
    } else {
      // Python keeps unknown escapes such as `\d` as a backslash followed by the character.
      out += '\\';
      i += 1;
    }
  }
  return out;
}
