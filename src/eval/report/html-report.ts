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

export function escapeHtml(text: string): string {
  return text.replace(/[<>&"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

function table(id: string, header: string[], rows: string[][]): string {
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
  return `<section><h2>${escapeHtml(title)}</h2>${extra}${table(
    id,
    [label, 'items', 'correct', 'pass@1', '95% CI'],
    rows.map((row) => [
      row.group,
      String(row.items),
      String(row.correct),
      percent(row.passAt1.value),
      interval(row.passAt1.ci95),
    ]),
  )}</section>`;
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
    `<section><h2>Scores</h2>${table(
      'scores',
      ['metric', 'value', '95% CI', 'items'],
      Object.entries(summary.passAtK).map(([name, value]) => [
        name,
        percent(value.value),
        interval(value.ci95),
        String(value.items),
      ]),
    )}</section>`,
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
    `<section><h2>How samples were judged</h2>${table(
      'reasons',
      ['reason', 'samples'],
      Object.entries(summary.reasons).map(([reason, count]) => [reason, String(count)]),
    )}</section>`,
  ];
  if (summary.traceMetrics) {
    sections.push(
      `<section><h2>Trace metrics</h2>${table(
        'trace-metrics',
        ['metric', 'value'],
        Object.entries(summary.traceMetrics).map(([name, value]) => [name, value.toFixed(4)]),
      )}</section>`,
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
  const t = info.timings;
  sections.push(
    `<section><h2>Run</h2>${table(
      'run',
      ['', ''],
      [
        ['model', info.model],
        ['endpoint', `${info.endpoint.baseURL} (${info.endpoint.api})`],
        ['requests', `${t.requests} (${t.retries} retries, ${t.cacheHits} cache hits)`],
        ['mean request time', t.meanRequestMs === null ? '–' : `${t.meanRequestMs} ms`],
        ['wall time', t.wallMs === null ? '–' : `${(t.wallMs / 1000).toFixed(1)} s`],
        ['checks', `${info.versions.backend} backend, Python ${info.versions.python ?? '?'}`],
        [
          'versions',
          `semtrace ${info.versions.semtrace}, Node ${info.versions.node}, openai ${info.versions.openai}`,
        ],
      ],
    )}</section>`,
  );
  return (
    `<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>semtrace eval: ${escapeHtml(info.model)}</title>` +
    `<style>${STYLE}</style></head><body>\n${sections.filter(Boolean).join('\n')}\n</body></html>\n`
  );
}
