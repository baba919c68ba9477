/**
 * CodeExecutor writes values as whitespace-separated tokens: brackets, commas and colons stand alone
 * (`[ 1 , 2 ]`, `{ 'a' : 1 }`). Unlike the released demo we keep the quotes of strings inside containers,
 * so `['1', 1]` and `[1, 1]` stay different; a string literal is one token even when it holds spaces.
 */

const PUNCTUATION = new Set(['[', ']', '(', ')', '{', '}', ',', ':']);
const QUOTES = new Set(["'", '"']);

/** Splits a Python repr into CodeExecutor tokens; string literals (with their prefix) stay whole. */
export function tokenizeRepr(repr: string): string[] {
  const tokens: string[] = [];
  let current = '';
  const flush = (): void => {
    if (current) tokens.push(current);
    current = '';
  };
  for (let index = 0; index < repr.length; index++) {
    const char = repr[index]!;
    if (QUOTES.has(char)) {
      // A literal runs to the next unescaped quote of the same kind (or the end of a cut repr).
      let end = index + 1;
      while (end < repr.length && repr[end] !== char) end += repr[end] === '\\' ? 2 : 1;
      current += repr.slice(index, end + 1);
      index = end;
    } else if (PUNCTUATION.has(char)) {
      flush();
      tokens.push(char);
    } else if (/\s/.test(char)) {
      flush();
    } else {
      current += char;
    }
  }
  flush();
  return tokens;
}

/** The repr as CodeExecutor value text: its tokens joined by single spaces. */
export function codeExecutorValue(repr: string): string {
  return tokenizeRepr(repr).join(' ');
}
