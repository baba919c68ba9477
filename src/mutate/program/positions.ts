import type { Point } from 'web-tree-sitter';

/**
 * Converts between the string indices web-tree-sitter reports (UTF-16 code units of the JavaScript
 * string) and what a mutant records: UTF-8 byte offsets, 1-based lines and byte columns. Pure-ASCII
 * sources, by far the common case, skip the byte table because both units agree there.
 */
export class SourcePositions {
  private readonly lineStarts: number[] = [0];
  /** UTF-8 byte offset of every string index (length + 1 entries), or undefined for ASCII sources. */
  private readonly byteAt: Uint32Array | undefined;

  constructor(readonly source: string) {
    for (let i = source.indexOf('\n'); i !== -1; i = source.indexOf('\n', i + 1)) this.lineStarts.push(i + 1);
    // biome-ignore lint/suspicious/noControlCharactersInRegex: the range is the point of the test
    this.byteAt = /^[\x00-\x7f]*$/.test(source) ? undefined : utf8OffsetTable(source);
  }

  /** UTF-8 byte offset of a string index. */
  byteOffset(index: number): number {
    return this.byteAt ? (this.byteAt[index] ?? 0) : index;
  }

  /** 0-based row of a string index. */
  row(index: number): number {
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((this.lineStarts[mid] ?? 0) <= index) low = mid;
      else high = mid - 1;
    }
    return low;
  }

  /** String index where a 0-based row starts. */
  lineStart(row: number): number {
    return this.lineStarts[row] ?? this.source.length;
  }

  /** String index of the line break ending a 0-based row (or the end of the source). */
  lineEnd(row: number): number {
    const next = this.lineStarts[row + 1];
    return next === undefined ? this.source.length : next - 1;
  }

  /** 1-based line and 0-based UTF-8 byte column of a string index. */
  lineColumn(index: number): { line: number; column: number } {
    const row = this.row(index);
    const lineStart = this.lineStarts[row] ?? 0;
    return { line: row + 1, column: this.byteOffset(index) - this.byteOffset(lineStart) };
  }

  /** The tree-sitter point (row, column in code units) of a string index in this source. */
  point(index: number): Point {
    const row = this.row(index);
    return { row, column: index - (this.lineStarts[row] ?? 0) };
  }
}

function utf8OffsetTable(source: string): Uint32Array {
  const table = new Uint32Array(source.length + 1);
  let bytes = 0;
  for (let i = 0; i < source.length; i++) {
    table[i] = bytes;
    const unit = source.charCodeAt(i);
    if (unit < 0x80) bytes += 1;
    else if (unit < 0x800) bytes += 2;
    else if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < source.length) {
      // A surrogate pair is one 4-byte code point; its low half sits inside that character.
      table[i + 1] = bytes;
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  table[source.length] = bytes;
  return table;
}

/** Where a piece of text ends if it starts at `start` (used to describe edits to tree-sitter). */
export function pointAfter(start: Point, text: string): Point {
  const lastBreak = text.lastIndexOf('\n');
  if (lastBreak === -1) return { row: start.row, column: start.column + text.length };
  let breaks = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) breaks++;
  return { row: start.row + breaks, column: text.length - lastBreak - 1 };
}
