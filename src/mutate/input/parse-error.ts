import { SemtraceError } from '../../errors.js';

const EXCERPT_RADIUS = 30;

/** 1-based line and column of a UTF-16 offset. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const lineStart = before.lastIndexOf('\n') + 1;
  const line = before.split('\n').length;
  return { line, column: offset - lineStart + 1 };
}

/**
 * Builds the error for unparsable input: where it went wrong (1-based column, and line when the input
 * spans lines), what was expected, and the offending line with a caret so the user can see the spot.
 */
export function inputParseError(text: string, offset: number, problem: string): SemtraceError {
  const { line, column } = lineAndColumn(text, offset);
  const lineText = text.split('\n')[line - 1] ?? '';
  const from = Math.max(0, column - 1 - EXCERPT_RADIUS);
  const to = Math.min(lineText.length, column - 1 + EXCERPT_RADIUS);
  const prefix = from > 0 ? '…' : '';
  const excerpt = `${prefix}${lineText.slice(from, to)}${to < lineText.length ? '…' : ''}`;
  const caret = `${' '.repeat(prefix.length + column - 1 - from)}^`;
  const where = text.includes('\n') ? `line ${line}, column ${column}` : `column ${column}`;
  return new SemtraceError(
    'SEMTRACE_INPUT_PARSE_ERROR',
    `cannot parse Python arguments at ${where}: ${problem}\n  ${excerpt}\n  ${caret}`,
  );
}
