/**
 * The one scanner for string literals in Python source text, and what is built on it: walking an
 * expression outside strings and comments, and taking the argument text of a call. Answer extraction,
 * input parsing, task prompts and renders all need to know where a literal ends, because a literal can
 * hold `==`, `#`, brackets or quotes of the other kind (`'a == b'`, `"it's"`).
 */

/**
 * Index just past the string literal whose opening quote is at `start` (after any prefix such as `r` or
 * `b`), or null when it is not terminated: a one-quote string ends at a newline, a triple-quoted one runs
 * to its three quotes. A backslash always escapes the next character, in raw strings too.
 */
export function stringLiteralEnd(text: string, start: number): number | null {
  const quote = text[start] as string;
  const delimiter = text.startsWith(quote.repeat(3), start) ? quote.repeat(3) : quote;
  let index = start + delimiter.length;
  while (index < text.length) {
    const char = text[index] as string;
    if (char === '\\') {
      index += 2;
      continue;
    }
    if (delimiter.length === 1 && (char === '\n' || char === '\r')) return null;
    if (text.startsWith(delimiter, index)) return index + delimiter.length;
    index++;
  }
  return null;
}

/** Like stringLiteralEnd, but an unterminated literal ends where its line (or the text) does. */
export function skipString(text: string, start: number): number {
  const end = stringLiteralEnd(text, start);
  if (end !== null) return end;
  const triple = text.startsWith((text[start] as string).repeat(3), start);
  if (triple) return text.length;
  const newline = text.slice(start).search(/[\r\n]/);
  return newline === -1 ? text.length : start + newline;
}

const OPEN = new Set(['(', '[', '{']);
const CLOSE = new Set([')', ']', '}']);

/** Calls `visit(index, depth)` for every character outside string literals and comments; stop by returning true. */
export function scanOutsideStrings(
  text: string,
  visit: (index: number, depth: number) => boolean | undefined,
): void {
  let depth = 0;
  let index = 0;
  while (index < text.length) {
    const char = text[index] as string;
    if (char === "'" || char === '"') {
      index = skipString(text, index);
      continue;
    }
    if (char === '#') {
      // A comment runs to the end of the line; nothing in it counts.
      const end = text.indexOf('\n', index);
      index = end === -1 ? text.length : end;
      continue;
    }
    if (OPEN.has(char)) depth++;
    else if (CLOSE.has(char)) depth = Math.max(0, depth - 1);
    if (visit(index, depth)) return;
    index++;
  }
}

/** Position of the first `token` at depth 0 outside strings, or -1. */
export function findTopLevel(text: string, token: string): number {
  let found = -1;
  scanOutsideStrings(text, (index, depth) => {
    if (depth === 0 && text.startsWith(token, index)) {
      found = index;
      return true;
    }
    return undefined;
  });
  return found;
}

const CALL_START = /^\s*([A-Za-z_][\w.]*)\s*\(/;

/**
 * The argument text of a single call that is the whole expression: `f([1, 2], 'a')` gives `[1, 2], 'a'`.
 * With `name`, only a call of that function counts. Anything else (`g(1)` for `f`, `f(1)(2)`, `f(1) + 1`)
 * gives null, and the caller decides what to show instead.
 */
export function callArguments(call: string, name?: string): string | null {
  const start = CALL_START.exec(call);
  if (!start || (name !== undefined && start[1] !== name)) return null;
  const text = call.trimEnd();
  const open = start[0].length - 1;
  let close = -1;
  scanOutsideStrings(text.slice(open), (index, depth) => {
    if (depth === 0) {
      close = open + index;
      return true;
    }
    return undefined;
  });
  return close === text.length - 1 ? text.slice(open + 1, close) : null;
}
