const wordChar = /[\p{L}\p{N}_]/u;

/**
 * The text two mutants are compared by when removing duplicates: comments are dropped and every run of
 * spaces and tabs outside string literals is removed, or kept as one space where it separates two
 * words. String literals (quotes, prefixes and escapes included) and line breaks are kept verbatim, so
 * programs that differ in any string or in their line structure never compare equal.
 */
export function normalizeForComparison(source: string): string {
  let out = '';
  let i = 0;
  const n = source.length;
  while (i < n) {
    const char = source[i] as string;
    if (char === '#') {
      while (i < n && source[i] !== '\n') i++;
    } else if (char === ' ' || char === '\t' || char === '\f') {
      while (i < n && (source[i] === ' ' || source[i] === '\t' || source[i] === '\f')) i++;
      const next = source[i];
      if (next !== undefined && wordChar.test(next) && wordChar.test(out[out.length - 1] ?? '')) out += ' ';
    } else if (char === '"' || char === "'") {
      const end = endOfString(source, i);
      out += source.slice(i, end);
      i = end;
    } else {
      out += char;
      i++;
    }
  }
  return out;
}

/** Index just past the string literal whose opening quote is at `start`. */
function endOfString(source: string, start: number): number {
  const quote = source[start] as string;
  const triple = source.startsWith(quote.repeat(3), start);
  const closing = triple ? quote.repeat(3) : quote;
  let i = start + closing.length;
  while (i < source.length) {
    const char = source[i];
    if (char === '\\') i += 2;
    else if (source.startsWith(closing, i)) return i + closing.length;
    // An unterminated one-line string ends at the line break, as the tokenizer would report it.
    else if (char === '\n' && !triple) return i;
    else i++;
  }
  return source.length;
}
