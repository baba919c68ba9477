import { stringLiteralEnd } from '../../common/python-scan.js';
import { inputParseError } from './parse-error.js';

export type TokenType = 'number' | 'string' | 'name' | 'op' | 'end';

/** A token and its UTF-16 span in the source, so errors and opaque expressions can point back at it. */
export interface Token {
  readonly type: TokenType;
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

const DIGITS = String.raw`\d(?:_?\d)*`;
const FLOAT_RE = new RegExp(
  String.raw`(?:(?:${DIGITS})?\.${DIGITS}|${DIGITS}\.)(?:[eE][+-]?${DIGITS})?|${DIGITS}[eE][+-]?${DIGITS}`,
  'y',
);
const PREFIXED_INT_RE = /0(?:[xX](?:_?[0-9a-fA-F])+|[oO](?:_?[0-7])+|[bB](?:_?[01])+)/y;
const DECIMAL_INT_RE = new RegExp(DIGITS, 'y');
const STRING_START_RE = /(?:[rR][bBfF]?|[bBfF][rR]?|[uU])?(?:'''|"""|'|")/y;
const NAME_RE = /[\p{L}\p{Nl}_][\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}]*/uy;
const NAME_CHAR_RE = /[\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}]/u;
// Longest first, so `**` wins over `*`.
const OPERATORS = [
  '...',
  '**=',
  '//=',
  '>>=',
  '<<=',
  '**',
  '//',
  '==',
  '!=',
  '<=',
  '>=',
  '->',
  ':=',
  '<<',
  '>>',
  '+=',
  '-=',
  '*=',
  '/=',
  '%=',
  '&=',
  '|=',
  '^=',
  '@=',
  '(',
  ')',
  '[',
  ']',
  '{',
  '}',
  ',',
  ':',
  '=',
  '+',
  '-',
  '*',
  '/',
  '%',
  '.',
  '~',
  '<',
  '>',
  '|',
  '&',
  '^',
  '@',
  ';',
];

function matchAt(re: RegExp, text: string, at: number): string | null {
  re.lastIndex = at;
  const match = re.exec(text);
  return match ? match[0] : null;
}

/** Splits Python argument text into tokens; whitespace, newlines, comments and `\`-continuations are skipped. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let at = 0;
  while (at < text.length) {
    const ch = text[at] as string;
    if (/\s/.test(ch)) {
      at += 1;
    } else if (ch === '#') {
      const newline = text.indexOf('\n', at);
      at = newline === -1 ? text.length : newline;
    } else if (ch === '\\' && (text[at + 1] === '\n' || text.startsWith('\r\n', at + 1))) {
      at += text[at + 1] === '\n' ? 2 : 3;
    } else if (/\d/.test(ch) || (ch === '.' && /\d/.test(text[at + 1] ?? ''))) {
      const token = scanNumber(text, at);
      tokens.push(token);
      at = token.end;
    } else if (matchAt(STRING_START_RE, text, at) !== null) {
      const token = scanString(text, at);
      tokens.push(token);
      at = token.end;
    } else if (matchAt(NAME_RE, text, at) !== null) {
      const name = matchAt(NAME_RE, text, at) as string;
      tokens.push({ type: 'name', text: name, start: at, end: at + name.length });
      at += name.length;
    } else {
      const op = OPERATORS.find((candidate) => text.startsWith(candidate, at));
      if (op === undefined) throw inputParseError(text, at, `unexpected character ${JSON.stringify(ch)}`);
      tokens.push({ type: 'op', text: op, start: at, end: at + op.length });
      at += op.length;
    }
  }
  tokens.push({ type: 'end', text: '', start: text.length, end: text.length });
  return tokens;
}

function scanNumber(text: string, at: number): Token {
  const literal =
    matchAt(PREFIXED_INT_RE, text, at) ?? matchAt(FLOAT_RE, text, at) ?? matchAt(DECIMAL_INT_RE, text, at);
  if (literal === null) throw inputParseError(text, at, 'expected a number');
  let end = at + literal.length;
  if (/[jJ]/.test(text[end] ?? '') && !/^0[xXoObB]/.test(literal)) end += 1;
  // Python rejects `1abc` and `1_`, so digits glued to letters are an error rather than two tokens.
  if (NAME_CHAR_RE.test(text[end] ?? '')) {
    throw inputParseError(text, end, `invalid number literal ${JSON.stringify(text.slice(at, end + 1))}`);
  }
  if (/^0+[1-9]/.test(literal.replaceAll('_', '')) && /^[\d_]+$/.test(literal)) {
    throw inputParseError(text, at, 'leading zeros in decimal integer literals are not permitted');
  }
  return { type: 'number', text: text.slice(at, end), start: at, end };
}

function scanString(text: string, at: number): Token {
  const opening = matchAt(STRING_START_RE, text, at) as string;
  const quote = opening.endsWith("'''") || opening.endsWith('"""') ? opening.slice(-3) : opening.slice(-1);
  const end = stringLiteralEnd(text, at + opening.length - quote.length);
  if (end !== null) return { type: 'string', text: text.slice(at, end), start: at, end };
  throw inputParseError(text, at, `unterminated string literal (expected a closing ${quote})`);
}
