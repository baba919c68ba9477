/** Clean-up rules shared by the task extractors: assert lines, answer phrases, calls, markdown. */
import { scanOutsideStrings, skipString } from '../../common/python-scan.js';
import { splitComparison, trimTrailingProse } from './python-scan.js';

/** Removes markdown emphasis and wrapping backticks that chat models put around a short answer. */
export function stripMarkdown(text: string): string {
  let out = text.trim();
  for (;;) {
    const before = out;
    out = out.replace(/^\*\*([\s\S]*)\*\*$/, '$1').trim();
    out = out.replace(/^`([^`]*)`$/, '$1').trim();
    if (out === before) return out;
  }
}

/** The sides of the last `assert a == b` line in the text (the line may continue onto others). */
export function lastAssert(text: string): [string, string] | null {
  const matches = [...text.matchAll(/^[ \t]*assert\b/gm)];
  for (let index = matches.length - 1; index >= 0; index--) {
    const start = matches[index]!.index! + matches[index]![0].length;
    const statement = takeStatement(text, start);
    const sides = splitComparison(statement);
    if (sides) return sides;
  }
  return null;
}

/** Text from `start` to the end of its logical line (a newline inside brackets or strings continues it). */
export function takeStatement(text: string, start: number): string {
  const rest = text.slice(start);
  let end = rest.length;
  scanOutsideStrings(rest, (index, depth) => {
    if (depth === 0 && rest[index] === '\n') {
      end = index;
      return true;
    }
    return undefined;
  });
  return rest.slice(0, end).trim();
}

/** The last complete call `name(…)` in the text (balanced brackets, strings skipped), or null. */
export function lastCall(text: string, name: string): string | null {
  const pattern = new RegExp(`(?<![\\w.])${escapeRegExp(name)}\\s*\\(`, 'g');
  const starts = [...text.matchAll(pattern)].map((match) => match.index!);
  for (let index = starts.length - 1; index >= 0; index--) {
    const call = balancedCall(text, starts[index]!);
    if (call) return call;
  }
  return null;
}

function balancedCall(text: string, start: number): string | null {
  const open = text.indexOf('(', start);
  let depth = 0;
  let index = open;
  while (index < text.length) {
    const char = text[index]!;
    if (char === "'" || char === '"') {
      index = skipString(text, index);
      continue;
    }
    if (char === '(' || char === '[' || char === '{') depth++;
    else if (char === ')' || char === ']' || char === '}') {
      depth--;
      if (depth === 0) return text.slice(start, index + 1);
    }
    index++;
  }
  return null;
}

/** Does the text contain a call of `name` outside string literals? */
export function containsCall(text: string, name: string): boolean {
  const pattern = new RegExp(`^${escapeRegExp(name)}\\s*\\(`);
  let found = false;
  scanOutsideStrings(text, (index) => {
    if (/[\w.]/.test(text[index - 1] ?? '')) return undefined;
    if (pattern.test(text.slice(index, index + name.length + 8))) {
      found = true;
      return true;
    }
    return undefined;
  });
  return found;
}

const PHRASE =
  /\b(?:the\s+)?(?:final\s+)?(?:output|answer|result|return(?:ed)?\s+value|value|input|arguments?)\b[^\n:=]{0,60}?(?:\bis\b|\bare\b|\bwould\s+be\b|\bwill\s+be\b|:|=)[ \t]*(\S[^\n]*)/gi;

/** The value named by the last "The output is …" style phrase, with trailing prose cut. */
export function phraseAnswer(text: string): string | null {
  let last: string | null = null;
  for (const match of text.matchAll(PHRASE)) last = match[1]!;
  if (last === null) return null;
  const value = trimTrailingProse(stripMarkdown(trimTrailingProse(last)));
  return value === '' ? null : stripMarkdown(value);
}

/** The last non-empty line when it looks like a Python value or call rather than a sentence. */
export function valueLikeLastLine(text: string): string | null {
  const lines = text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  const last = lines.at(-1);
  if (last === undefined) return null;
  const value = stripMarkdown(last);
  const looksLikeValue =
    /^[[{('"\d+\-.]/.test(value) ||
    /^(?:True|False|None|inf|nan)\b/.test(value) ||
    /^[A-Za-z_][\w.]*\s*\(/.test(value) ||
    /^[rbuf]{1,2}['"]/i.test(value);
  return looksLikeValue && !/[:?]$/.test(value) ? value : null;
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
