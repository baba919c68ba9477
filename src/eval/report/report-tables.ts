/**
 * The tables a report shows, as header and rows of plain text cells, built once so the Markdown and HTML
 * reports show the same cells; each report only escapes and lays them out its own way. Pure.
 */
import type { RunInfo, Summary } from '../types.js';
import { type BreakdownRow, interval, percent } from './report-data.js';

export interface ReportTable {
  header: string[];
  rows: string[][];
}

/** pass@k for each k, with its interval and item count. */
export function scoresTable(summary: Summary): ReportTable {
  return {
    header: ['metric', 'value', '95% CI', 'items'],
    rows: Object.entries(summary.passAtK).map(([name, value]) => [
      name,
      percent(value.value),
      interval(value.ci95),
      String(value.items),
    ]),
  };
}

/** One breakdown (by task, level, ...): `label` heads the group column. */
export function breakdownTable(label: string, rows: readonly BreakdownRow[]): ReportTable {
  return {
    header: [label, 'items', 'correct', 'pass@1', '95% CI'],
    rows: rows.map((row) => [
      row.group,
      String(row.items),
      String(row.correct),
      percent(row.passAt1.value),
      interval(row.passAt1.ci95),
    ]),
  };
}

/** How many samples each verdict reason judged. */
export function reasonsTable(summary: Summary): ReportTable {
  return {
    header: ['reason', 'samples'],
    rows: Object.entries(summary.reasons).map(([reason, count]) => [reason, String(count)]),
  };
}

export function traceMetricsTable(traceMetrics: NonNullable<Summary['traceMetrics']>): ReportTable {
  return {
    header: ['metric', 'value'],
    rows: Object.entries(traceMetrics).map(([name, value]) => [name, value.toFixed(4)]),
  };
}

/** Debug task: pass@1, line accuracy and variable F1 per debugger action. */
export function byActionTable(byAction: NonNullable<Summary['byAction']>): ReportTable {
  return {
    header: ['action', 'items', 'pass@1', 'line accuracy', 'variable F1'],
    rows: Object.entries(byAction).map(([action, row]) => [
      action,
      String(row.items),
      row['pass@1'].toFixed(4),
      (row.lineAccuracy ?? 0).toFixed(4),
      (row.variableF1 ?? 0).toFixed(4),
    ]),
  };
}

/** The model, endpoint, request counts, times and versions of the run, as name and value rows. */
export function runTable(info: RunInfo): ReportTable {
  const t = info.timings;
  return {
    header: ['', ''],
    rows: [
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
  };
}
