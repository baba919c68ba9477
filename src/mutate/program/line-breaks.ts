/**
 * Helpers that keep a mutant's line structure identical to the original: every edit must replace text
 * with text holding exactly as many line breaks, so each line keeps its number.
 */

/** The line breaks (with any backslash continuation in front of them) inside `text`, in order. */
export function lineBreaksIn(text: string): string {
  const breaks = text.match(/\\?\r?\n/g);
  return breaks ? breaks.join('') : '';
}

export function countNewlines(text: string): number {
  let count = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) count++;
  return count;
}

/** Replacement for deleting `removed`: nothing, or just its line breaks (valid inside brackets). */
export function deletionOf(removed: string): string {
  return lineBreaksIn(removed);
}

/** A token replacing `replaced` (an operator spelled over several lines inside brackets, say). */
export function tokenReplacing(token: string, replaced: string): string {
  const breaks = lineBreaksIn(replaced);
  return breaks === '' ? token : `${token} ${breaks}`;
}

/**
 * An expression replacing `replaced`. When the old text spanned lines, the new expression is
 * parenthesised with the breaks inside, so the statement still ends on the same line.
 */
export function expressionReplacing(expression: string, replaced: string): string {
  const breaks = lineBreaksIn(replaced);
  return breaks === '' ? expression : `(${expression}${breaks})`;
}

const wordChar = /[\p{L}\p{N}_]/u;

function isWordChar(char: string | undefined): boolean {
  return char !== undefined && char !== '' && wordChar.test(char);
}

/**
 * Pads a replacement with a space where it would otherwise glue two words into one token (`return-x`
 * losing its `-` must not become `returnx`, `1if` must not become `2if`).
 */
export function separateFromNeighbours(
  source: string,
  start: number,
  end: number,
  replacement: string,
): string {
  const before = source[start - 1];
  const after = source[end];
  if (replacement === '') return isWordChar(before) && isWordChar(after) ? ' ' : '';
  let padded = replacement;
  if (isWordChar(before) && isWordChar(replacement[0])) padded = ` ${padded}`;
  if (isWordChar(after) && isWordChar(replacement[replacement.length - 1])) padded = `${padded} `;
  return padded;
}
