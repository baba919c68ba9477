/** Plain-text tables and bars for terminal reports: pure string functions, no colours, no width probing. */

export type Cell = string | number;

function cellText(cell: Cell): string {
  return typeof cell === 'number' ? cell.toLocaleString('en-US') : cell;
}

/**
 * Columns padded to their widest cell; numbers are right-aligned so digits line up. A header row and
 * a rule come first.
 */
export function renderTable(headers: string[], rows: Cell[][], indent = '  '): string {
  // Numbers and percentages line up on the right; a column of anything else reads left to right.
  const numeric = headers.map(
    (_, column) =>
      rows.length > 0 &&
      rows.every(
        (row) => typeof row[column] === 'number' || /^(\d+(\.\d+)?%)?$/.test(String(row[column] ?? '')),
      ),
  );
  const texts = rows.map((row) => row.map(cellText));
  const widths = headers.map((header, column) =>
    Math.max(header.length, ...texts.map((row) => row[column]?.length ?? 0)),
  );
  const line = (cells: string[]) =>
    indent +
    cells
      .map((cell, column) =>
        numeric[column] ? cell.padStart(widths[column]!) : cell.padEnd(widths[column]!),
      )
      .join('  ')
      .trimEnd();
  return [line(headers), line(widths.map((width) => '-'.repeat(width))), ...texts.map(line)].join('\n');
}

/** `count` of `total` as a percentage with one decimal, or an empty string when there is no total. */
export function percent(count: number, total: number): string {
  return total > 0 ? `${((100 * count) / total).toFixed(1)}%` : '';
}

/** A bar of `width` characters at most, proportional to `value / max`; any non-zero value shows. */
export function bar(value: number, max: number, width = 40): string {
  if (max <= 0 || value <= 0) return '';
  return '#'.repeat(Math.max(1, Math.round((width * value) / max)));
}

/** Bytes as B, KiB, MiB or GiB with one decimal above bytes. */
export function humanBytes(bytes: number): string {
  const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return unit === 0 ? `${bytes} B` : `${value.toFixed(1)} ${units[unit]}`;
}
