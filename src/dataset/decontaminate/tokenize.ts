/**
 * A small Python tokenizer for similarity, not for parsing: it never fails, and it normalises away what
 * a copy can change without changing the program.
 *
 * - Comments, whitespace, line breaks and indentation are dropped: reformatting changes nothing.
 * - Names of variables, parameters and functions become `_`: renaming changes nothing. Keywords,
 *   builtins (`len`, `range`, `sorted`…) and attribute names after a dot (`.append`, `.split`) stay,
 *   because they carry what the program does and are rarely renamed.
 * - String literals keep their contents but lose prefix and quote style (`'a'`, `"a"`, `'''a'''` are one
 *   token): the contents are among the most distinctive parts of short benchmark programs.
 * - Numbers are kept, lower-cased and without `_` separators (`1_000` and `1000` are one token).
 */

import { skipString, stringLiteralEnd } from '../../common/python-scan.js';

const KEYWORDS = new Set(
  (
    'False None True and as assert async await break class continue def del elif else except finally for ' +
    'from global if import in is lambda nonlocal not or pass raise return try while with yield match case'
  ).split(' '),
);

const BUILTINS = new Set(
  (
    'abs all any ascii bin bool bytearray bytes callable chr classmethod complex dict dir divmod enumerate ' +
    'eval exec filter float format frozenset getattr globals hasattr hash hex id input int isinstance ' +
    'issubclass iter len list locals map max min next object oct open ord pow print property range repr ' +
    'reversed round set setattr slice sorted staticmethod str sum super tuple type vars zip self cls ' +
    'Exception ValueError TypeError KeyError IndexError StopIteration ZeroDivisionError AttributeError'
  ).split(' '),
);

// One alternative per token kind, tried in this order at each position (sticky, so no slicing).
const TOKEN = new RegExp(
  [
    String.raw`(?<space>[ \t\f\r\n]+|\\\r?\n)`,
    String.raw`(?<comment>#[^\r\n]*)`,
    String.raw`(?<number>0[xX][0-9a-fA-F_]+|0[oO][0-7_]+|0[bB][01_]+|(?:\d[\d_]*\.?[\d_]*|\.\d[\d_]*)(?:[eE][+-]?\d[\d_]*)?[jJ]?)`,
    String.raw`(?<name>[\p{L}\p{Nl}_][\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}_]*)`,
    String.raw`(?<operator>\*\*=|//=|>>=|<<=|\.\.\.|->|:=|[-+*/%&|^@<>=!]=|\*\*|//|<<|>>|[\s\S])`,
  ].join('|'),
  'uy',
);

/** A string literal starts here: an optional prefix, then a quote (its end is found by the shared scanner). */
const STRING_START = /[rRbBuUfF]{0,2}(?=['"])/y;

/** The contents of the literal whose opening quote is at `quote`, and the index just past it. */
function stringToken(code: string, quote: number): { body: string; end: number } {
  const delimiter = code.startsWith((code[quote] as string).repeat(3), quote) ? 3 : 1;
  const terminated = stringLiteralEnd(code, quote);
  const end = skipString(code, quote);
  return { body: code.slice(quote + delimiter, terminated === null ? end : end - delimiter), end };
}

/** The normalised tokens of `code` (see the file comment for what is normalised and why). */
export function tokenize(code: string): string[] {
  const tokens: string[] = [];
  TOKEN.lastIndex = 0;
  let previous = '';
  while (TOKEN.lastIndex < code.length) {
    STRING_START.lastIndex = TOKEN.lastIndex;
    const prefix = STRING_START.exec(code);
    if (prefix) {
      const { body, end } = stringToken(code, TOKEN.lastIndex + prefix[0].length);
      tokens.push(`"${body}"`);
      previous = tokens.at(-1) as string;
      TOKEN.lastIndex = end;
      continue;
    }
    const match = TOKEN.exec(code);
    if (!match?.groups) break;
    const { number, name, operator } = match.groups;
    let token: string | undefined;
    if (number !== undefined) token = number.toLowerCase().replaceAll('_', '');
    else if (name !== undefined) {
      token = KEYWORDS.has(name) || BUILTINS.has(name) || previous === '.' ? name : '_';
    } else if (operator !== undefined) token = operator;
    if (token !== undefined) {
      tokens.push(token);
      previous = token;
    }
  }
  return tokens;
}
