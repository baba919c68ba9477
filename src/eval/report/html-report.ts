/** report.html: one self-contained page (inline CSS and SVG, no scripts, no external assets). */
import { accuracyPlotSvg } from './accuracy-plot.js';
import {
  type BreakdownRow,
  breakdowns,
  failedItems,
  interval,
  percent,
  type ReportInput,
} from './report-data.js';
import {
  breakdownTable,
  byActionTable,
  type ReportTable,
  reasonsTable,
  runTable,
  scoresTable,
  traceMetricsTable,
} from './report-tables.js';

export function escapeHtml(text: string): string {
  return text.replace(/[<>&"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

function table(id: string, { header, rows }: ReportTable): string {
  const head = header.map((cell) => `<th>${escapeHtml(cell)}</th>`).join('');
  const body = rows
    .map((row) => `<tr>${row.map((cell) => `<td>${escapeHtml(cell)}</td>`).join('')}</tr>`)
    .join('\n');
  return `<table id="${id}"><thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody></table>`;
}

function breakdownSection(
  id: string,
  title: string,
  label: string,
  rows: readonly BreakdownRow[],
  extra = '',
): string {
  return `<section><h2>${escapeHtml(title)}</h2>${extra}${table(id, breakdownTable(label, rows))}</section>`;
}

const STYLE = `body{font:14px/1.45 system-ui,sans-serif;max-width:960px;margin:2em auto;padding:0 1em;color:#222}
table{border-collapse:collapse;margin:.5em 0 1.5em}th,td{border:1px solid #ccc;padding:.25em .6em;text-align:left}
th{background:#f3f3f3}td:nth-child(n+2){font-variant-numeric:tabular-nums}code{background:#f3f3f3;padding:0 .2em}
.headline{font-size:1.4em}`;

export function renderHtmlReport({ summary, results, info }: ReportInput): string {
  const { config } = info;
  const groups = breakdowns(results);
  const headline = summary.passAtK['pass@1'];
  const sections = [
    `<h1>semtrace eval: ${escapeHtml(summary.task)} prediction, ${escapeHtml(info.model)}</h1>`,
    `<p>${summary.items} items, ${summary.samples} samples (n=${config.sampling.n}), ${config.fewShot ? 'few-shot' : 'zero-shot'}, ` +
      `${config.cot ? 'chain of thought' : 'direct answer'}, data <code>${escapeHtml(config.data)}</code>.</p>`,
    headline
      ? `<p class="headline">pass@1 <strong>${percent(headline.value)}</strong> (95% CI ${interval(headline.ci95)})</p>`
      : '',
    `<section><h2>Scores</h2>${table('scores', scoresTable(summary))}</section>`,
    breakdownSection('by-task', 'By task', 'task', groups.byTask),
    breakdownSection('by-level', 'By level', 'level', groups.byLevel),
    breakdownSection(
      'by-trace-length',
      'By trace length',
      'trace length',
      groups.byTraceLength,
      accuracyPlotSvg(groups.byTraceLength),
    ),
    breakdownSection('by-operator', 'By mutation operator', 'operator', groups.byOperator),
    `<section><h2>How samples were judged</h2>${table('reasons', reasonsTable(summary))}</section>`,
  ];
  if (summary.traceMetrics) {
    sections.push(
      `<section><h2>Trace metrics</h2>${table('trace-metrics', traceMetricsTable(summary.traceMetrics))}</section>`,
    );
  }
  if (summary.debugMetrics) {
    sections.push(
      `<section><h2>Debug metrics</h2>${table('debug-metrics', traceMetricsTable(summary.debugMetrics))}</section>`,
    );
  }
  if (summary.byAction) {
    sections.push(
      `<section><h2>By debugger action</h2>${table('by-action', byActionTable(summary.byAction))}</section>`,
    );
  }
  const failed = failedItems(results);
  if (failed.length) {
    sections.push(
      `<section><h2>Items without an answer (${failed.length})</h2><ul>${failed
        .slice(0, 50)
        .map((item) => `<li><code>${escapeHtml(item.id)}</code>: ${escapeHtml(item.error)}</li>`)
        .join('')}</ul></section>`,
    );
  }
  sections.push(`<section><h2>Run</h2>${table('run', runTable(info))}</section>`);
  return (
    `<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>semtrace eval: ${escapeHtml(info.model)}</title>` +
    `<style>${STYLE}</style></head><body>\n${sections.filter(Boolean).join('\n')}\n</body></html>\n`
  );
}
