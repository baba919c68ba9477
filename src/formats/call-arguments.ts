/**
 * The argument text of a CRUXEval-style call: `f([1, 2], 'a')` gives `[1, 2], 'a'`. Only a single call of
 * `f` whose closing parenthesis ends the expression counts; anything else (`g(1)`, `f(1)(2)`, `f(1) + 1`)
 * gives null, and the caller keeps the whole call text.
 */

const CALL_START = /^\s*f\s*\(/;

export function callArguments(call: string): string | null {
  const start = CALL_START.exec(call);
  if (!start) return null;
  const text = call.trimEnd();
  let depth = 0;
  let quote: string | null = null;
  for (let index = start[0].length - 1; index < text.length; index++) {
    const char = text[index]!;
    if (quote) {
      if (char === '\\') index++;
      else if (text.startsWith(quote, index)) {
        index += quote.length - 1;
        quote = null;
      }
    } else if (char === "'" || char === '"') {
      // Triple-quoted strings end only at the same three quotes.
      quote = text.startsWith(char.repeat(3), index) ? char.repeat(3) : char;
      index += quote.length - 1;
    } else if (char === '#') {
      return null;
    } else if (char === '(' || char === '[' || char === '{') {
      depth++;
    } else if (char === ')' || char === ']' || char === '}') {
      depth--;
      if (depth === 0) return index === text.length - 1 ? text.slice(start[0].length, index) : null;
    }
  }
  return null;
}
