/**
 * A `.calls` file: one call expression per non-empty line, `#` lines are comments. Lines are kept as
 * written (apart from surrounding whitespace) because the engine evaluates them as Python expressions.
 */
export function parseCallsFile(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
}
