/**
 * The source with trailing comments on executed lines, shared by the inline formats. Each source line
 * collects its entries in execution order; a line run many times (a loop body) keeps its first `head` and
 * last `tail` entries with `...` between, so a render grows with the number of lines, not iterations.
 */

export interface Elision {
  head: number;
  tail: number;
}

export function elide(entries: readonly string[], bound: Elision | null): string[] {
  if (!bound || entries.length <= bound.head + bound.tail) return [...entries];
  return [...entries.slice(0, bound.head), '...', ...entries.slice(entries.length - bound.tail)];
}

/** Appends `  # entry entry …` to each line that has entries; other lines stay as written. */
export function annotateSource(
  code: string,
  entriesByLine: ReadonlyMap<number, string[]>,
  bound: Elision | null,
): string[] {
  const lines = code.split('\n');
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
  return lines.map((text, index) => {
    const entries = entriesByLine.get(index + 1);
    if (!entries?.length) return text;
    return `${text.trimEnd()}  # ${elide(entries, bound).join(' ')}`;
  });
}

/** Adds `entry` to the list of `line`, creating it on first use. */
export function addEntry(entriesByLine: Map<number, string[]>, line: number, entry: string): void {
  const list = entriesByLine.get(line);
  if (list) list.push(entry);
  else entriesByLine.set(line, [entry]);
}
