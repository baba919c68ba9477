/**
 * Cutting answer text at top-level tokens outside string literals: a literal can itself contain `==`,
 * `.` or brackets (`'a == b'`), and splitting naively would cut it in the wrong place.
 */
import { scanOutsideStrings } from '../../common/python-scan.js';

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
