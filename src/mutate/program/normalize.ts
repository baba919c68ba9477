const wordChar = /[\p{L}\p{N}_]/u;

/**
 * The text two mutants are compared by when removing duplicates: comments are dropped and every run of
 * spaces and tabs outside string literals is removed, or kept as one space where it separates two
 * words. String literals (quotes, prefixes and escapes included) and line breaks are kept verbatim.
 * `openString` is the closing delimiter of a string literal `text` starts inside of, if any.
 */
export function normalizeForComparison(text: string, openString?: string): string {
  let out = '';
  let i = 0;
  if (openString !== undefined) {
    i = endOfString(text, 0, openString);
    out = text.slice(0, i);
  }
  const n = text.length;
  while (i < n) {
    const char = text[i] as string;
    if (char === '#') {
      while (i < n && text[i] !== '\n') i++;
    } else if (char === ' ' || char === '\t' || char === '\f') {
      while (i < n && (text[i] === ' ' || text[i] === '\t' || text[i] === '\f')) i++;
      const next = text[i];
      if (next !== undefined && wordChar.test(next) && wordChar.test(out[out.length - 1] ?? '')) out += ' ';
    } else if (char === '"' || char === "'") {
      const closing = text.startsWith(char.repeat(3), i) ? char.repeat(3) : char;
      const end = endOfString(text, i + closing.length, closing);
      out += text.slice(i, end);
      i = end;
    } else {
      out += char;
      i++;
    }
  }
  return out;
}

/**
 * For each line that starts inside a string literal (a triple-quoted string, or one continued with a
 * backslash), the closing delimiter of that string, keyed by 0-based row.
 */
export function openStringsAtLineStarts(source: string): Map<number, string> {
  const open = new Map<number, string>();
  let row = 0;
  let i = 0;
  while (i < source.length) {
    const char = source[i];
    if (char === '\n') row++;
    if (char === '#') {
      while (i < source.length && source[i] !== '\n') i++;
      continue;
    }
    if (char === '"' || char === "'") {
      const closing = source.startsWith(char.repeat(3), i) ? char.repeat(3) : char;
      const end = endOfString(source, i + closing.length, closing);
      for (let k = source.indexOf('\n', i); k !== -1 && k < end; k = source.indexOf('\n', k + 1)) {
        row++;
        if (k + 1 < end) open.set(row, closing);
      }
      i = end;
      continue;
    }
    i++;
  }
  return open;
}

/** Index just past the closing delimiter of a string whose content starts at `from`. */
function endOfString(text: string, from: number, closing: string): number {
  let i = from;
  while (i < text.length) {
    const char = text[i];
    if (char === '\\') i += 2;
    else if (text.startsWith(closing, i)) return i + closing.length;
    // An unterminated one-line string ends at the line break, as the tokenizer would report it.
    else if (char === '\n' && closing.length === 1) return i;
    else i++;
  }
  return text.length;
}
