/**
 * The source with trailing comments on executed lines, shared by the inline formats. Each source line
 * collects its entries in execution order; a line run many times (a loop body) keeps its first `head` and
 * last `tail` entries with `...` between, so a render grows with the number of lines, not iterations.
 * Entries are formatted only when kept: eliding a 100,000-iteration loop costs no text for the middle.
 */

export interface Elision {
  head: number;
  tail: number;
}

export function elide<T>(entries: readonly T[], bound: Elision | null): (T | '...')[] {
  if (!bound || entries.length <= bound.head + bound.tail) return [...entries];
  return [...entries.slice(0, bound.head), '...', ...entries.slice(entries.length - bound.tail)];
}

/** Appends `  # entry entry …` to each line that has entries; other lines stay as written. */
export function annotateSource<T>(
  code: string,
  entriesByLine: ReadonlyMap<number, T[]>,
  bound: Elision | null,
  format: (entry: T) => string,
): string[] {
  const lines = code.split('\n');
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
  return lines.map((text, index) => {
    const entries = entriesByLine.get(index + 1);
    if (!entries?.length) return text;
    const shown = elide(entries, bound).map((entry) => (entry === '...' ? '...' : format(entry)));
    return `${text.trimEnd()}  # ${shown.join(' ')}`;
  });
}

/** Adds `entry` to the list of `line`, creating it on first use. */
export function addEntry<T>(entriesByLine: Map<number, T[]>, line: number, entry: T): void {
  const list = entriesByLine.get(line);
  if (list) list.push(entry);
  else entriesByLine.set(line, [entry]);
}
