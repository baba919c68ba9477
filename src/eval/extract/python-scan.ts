/**
 * A small scanner for Python expression text: finds tokens at bracket depth 0 outside string literals.
 * Answer extraction needs this because a literal can itself contain `==`, `.` or brackets inside
 * strings (`'a == b'`), and splitting naively would cut it in the wrong place.
 */

const OPEN = new Set(['(', '[', '{']);
const CLOSE = new Set([')', ']', '}']);

/** Calls `visit(index, depth)` for every character outside string literals; stop by returning true. */
export function scanOutsideStrings(
  text: string,
  visit: (index: number, depth: number) => boolean | undefined,
): void {
  let depth = 0;
  let index = 0;
  while (index < text.length) {
    const char = text[index]!;
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

/** Index just past the string literal that starts at `start` (a quote character); unterminated → end. */
export function skipString(text: string, start: number): number {
  const quote = text[start]!;
  const triple = text.startsWith(quote.repeat(3), start);
  const delimiter = triple ? quote.repeat(3) : quote;
  let index = start + delimiter.length;
  while (index < text.length) {
    const char = text[index]!;
    if (char === '\\') {
      index += 2;
      continue;
    }
    if (!triple && char === '\n') return index;
    if (text.startsWith(delimiter, index)) return index + delimiter.length;
    index++;
  }
  return text.length;
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

/** Splits `a == b` at its first top-level `==` (not `<=`, `>=`, `!=`); null when there is none. */
export function splitComparison(text: string): [string, string] | null {
  let found = -1;
  scanOutsideStrings(text, (index, depth) => {
    if (depth !== 0 || !text.startsWith('==', index)) return undefined;
    const before = text[index - 1];
    if (before === '<' || before === '>' || before === '!' || before === '=') return undefined;
    found = index;
    return true;
  });
  if (found === -1) return null;
  return [text.slice(0, found).trim(), text.slice(found + 2).trim()];
}

/**
 * Cuts prose that follows an expression on the same text: `'abc'. That is because…` → `'abc'`.
 * The expression ends at the first top-level `.` or `;` that ends a sentence, or before a linking word
 * (`because`, `since`, …) — a heuristic used only for answers found in prose ("The output is …").
 */
export function trimTrailingProse(text: string): string {
  const trimmed = text.trim();
  let end = -1;
  scanOutsideStrings(trimmed, (index, depth) => {
    if (depth !== 0) return undefined;
    const char = trimmed[index]!;
    const rest = trimmed.slice(index + 1);
    // A sentence end: `'abc'. It…` or `'abc'.` (a comma is not one: `1, key=2` are arguments).
    if ((char === '.' || char === ';') && (rest === '' || /^\s+[A-Za-z]/.test(rest))) {
      end = index;
      return true;
    }
    if (/\s/.test(char) && /^\s*(?:because|since|which|as|this|that|so|and then|when)\b/i.test(rest)) {
      end = index;
      return true;
    }
    return undefined;
  });
  return (end === -1 ? trimmed : trimmed.slice(0, end)).trim();
}
