/**
 * The files a finished run is read through: summary.json (scores with intervals, and the config) and the
 * Markdown and HTML reports, each written atomically.
 */
import { writeFileAtomicSync } from '../../common/atomic-file.js';
import type { ItemResult, RunInfo, RunPaths, Summary } from '../types.js';
import { renderHtmlReport } from './html-report.js';
import { renderMarkdownReport } from './markdown-report.js';
import type { ReportInput } from './report-data.js';

export function writeSummaryAndReports(
  paths: RunPaths,
  summary: Summary,
  results: readonly ItemResult[],
  info: RunInfo,
): void {
  writeFileAtomicSync(
    paths.summary,
    `${JSON.stringify({ summary, config: info.config, model: info.model, fingerprint: info.fingerprint }, null, 2)}\n`,
  );
  const input: ReportInput = { summary, results, info };
  writeFileAtomicSync(paths.reportMd, renderMarkdownReport(input));
  writeFileAtomicSync(paths.reportHtml, renderHtmlReport(input));
}
