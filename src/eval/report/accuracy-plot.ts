/**
 * An inline SVG chart of pass@1 against trace-length bucket, with 95% intervals as whiskers: no script,
 * no external assets, so the HTML report stays one self-contained file. Pure.
 */
import type { BreakdownRow } from './report-data.js';

const WIDTH = 640;
const HEIGHT = 320;
const MARGIN = { top: 24, right: 20, bottom: 56, left: 56 };

function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

export function accuracyPlotSvg(rows: readonly BreakdownRow[], title = 'pass@1 by trace length'): string {
  const plotWidth = WIDTH - MARGIN.left - MARGIN.right;
  const plotHeight = HEIGHT - MARGIN.top - MARGIN.bottom;
  const y = (value: number) => MARGIN.top + plotHeight * (1 - value);
  const step = rows.length ? plotWidth / rows.length : plotWidth;
  const x = (index: number) => MARGIN.left + step * (index + 0.5);
  const parts: string[] = [];
  for (const tick of [0, 0.25, 0.5, 0.75, 1]) {
    parts.push(
      `<line x1="${MARGIN.left}" x2="${WIDTH - MARGIN.right}" y1="${y(tick)}" y2="${y(tick)}" stroke="#ddd"/>`,
      `<text x="${MARGIN.left - 8}" y="${y(tick) + 4}" text-anchor="end" font-size="11">${tick * 100}%</text>`,
    );
  }
  const points = rows.map((row, index) => `${x(index).toFixed(1)},${y(row.passAt1.value).toFixed(1)}`);
  if (rows.length > 1) {
    parts.push(`<polyline points="${points.join(' ')}" fill="none" stroke="#3366cc" stroke-width="2"/>`);
  }
  rows.forEach((row, index) => {
    const [low, high] = row.passAt1.ci95;
    const cx = x(index).toFixed(1);
    parts.push(
      `<line class="ci" x1="${cx}" x2="${cx}" y1="${y(high).toFixed(1)}" y2="${y(low).toFixed(1)}" stroke="#3366cc" stroke-opacity="0.5"/>`,
      `<circle class="point" cx="${cx}" cy="${y(row.passAt1.value).toFixed(1)}" r="4" fill="#3366cc">` +
        `<title>${escapeXml(row.group)}: ${(row.passAt1.value * 100).toFixed(1)}% of ${row.items} items</title></circle>`,
      `<text x="${cx}" y="${HEIGHT - MARGIN.bottom + 16}" text-anchor="middle" font-size="11">${escapeXml(row.group)}</text>`,
      `<text x="${cx}" y="${HEIGHT - MARGIN.bottom + 30}" text-anchor="middle" font-size="10" fill="#666">n=${row.items}</text>`,
    );
  });
  const axisLabel = `<text x="${MARGIN.left + plotWidth / 2}" y="${HEIGHT - 8}" text-anchor="middle" font-size="12">trace length (events)</text>`;
  const empty =
    rows.length === 0 ? `<text x="${WIDTH / 2}" y="${HEIGHT / 2}" text-anchor="middle">no items</text>` : '';
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${HEIGHT}" width="${WIDTH}" height="${HEIGHT}" role="img" aria-label="${escapeXml(title)}">` +
    `<title>${escapeXml(title)}</title>${parts.join('')}${axisLabel}${empty}</svg>`
  );
}
