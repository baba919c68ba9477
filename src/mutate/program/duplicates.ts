import { normalizeForComparison, openStringsAtLineStarts } from './normalize.js';
import type { SourcePositions } from './positions.js';
import type { Edit } from './types.js';

/**
 * Recognises mutants that repeat an earlier one, or the original, after normalisation (normalize.ts).
 * Every mutant equals the original outside the lines its edits touch, so only those lines are
 * normalised and compared: the cost per mutant does not grow with the program. Mutants are compared
 * when their edits touch the same lines, which is where every duplicate made by these operators lies.
 */
export class DuplicateFilter {
  private readonly seen = new Set<string>();
  private readonly openStrings: Map<number, string>;
  private readonly originalWindows = new Map<string, string>();

  constructor(private readonly positions: SourcePositions) {
    this.openStrings = openStringsAtLineStarts(positions.source);
  }

  /** The comparison key of the program `edits` make, or undefined when it is the original or seen. */
  fresh(edits: readonly Edit[]): string | undefined {
    const windows = this.windowsOf(edits);
    let key = '';
    let sameAsOriginal = true;
    for (const { first, last, edited } of windows) {
      const rows = `${first}-${last}`;
      const text = normalizeForComparison(edited, this.openStrings.get(first));
      if (text !== this.originalWindow(first, last)) sameAsOriginal = false;
      key += `${rows}\u0000${text}\u0000`;
    }
    return sameAsOriginal || this.seen.has(key) ? undefined : key;
  }

  remember(key: string): void {
    this.seen.add(key);
  }

  private originalWindow(first: number, last: number): string {
    const rows = `${first}-${last}`;
    let text = this.originalWindows.get(rows);
    if (text === undefined) {
      const { source } = this.positions;
      const slice = source.slice(this.positions.lineStart(first), this.positions.lineEnd(last));
      text = normalizeForComparison(slice, this.openStrings.get(first));
      this.originalWindows.set(rows, text);
    }
    return text;
  }

  /** Whole lines touched by the edits (sorted by offset), merged where they share a line, as edited. */
  private windowsOf(edits: readonly Edit[]): { first: number; last: number; edited: string }[] {
    const { source } = this.positions;
    const windows: { first: number; last: number; edited: string; end: number }[] = [];
    for (const edit of edits) {
      const first = this.positions.row(edit.start);
      const last = this.positions.row(edit.end);
      const previous = windows[windows.length - 1];
      if (previous && first <= previous.last) {
        // Same line as the previous edit: continue that window from where its last edit ended.
        previous.edited += source.slice(previous.end, edit.start) + edit.replacement;
        previous.last = Math.max(previous.last, last);
        previous.end = edit.end;
      } else {
        const start = this.positions.lineStart(first);
        windows.push({
          first,
          last,
          edited: source.slice(start, edit.start) + edit.replacement,
          end: edit.end,
        });
      }
    }
    return windows.map(({ first, last, edited, end }) => ({
      first,
      last,
      edited: edited + source.slice(end, this.positions.lineEnd(last)),
    }));
  }
}
