/**
 * The files of a run folder besides results.jsonl: run.json (what ran, where, how long), summary.json
 * (scores with intervals, and the config) and the reports. All written atomically: a reader (or a
 * viewer polling the folder) sees a whole old file or a whole new one.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomicSync } from '../../common/atomic-file.js';
import { SemtraceError } from '../../errors.js';
import { renderHtmlReport } from '../report/html-report.js';
import { renderMarkdownReport } from '../report/markdown-report.js';
import type { ReportInput } from '../report/report-data.js';
import type { ItemResult, Summary } from '../types.js';
import type { EvalConfig } from './run-config.js';

export interface RunPaths {
  results: string;
  summary: string;
  run: string;
  reportMd: string;
  reportHtml: string;
}

export function runPaths(outDir: string): RunPaths {
  return {
    results: join(outDir, 'results.jsonl'),
    summary: join(outDir, 'summary.json'),
    run: join(outDir, 'run.json'),
    reportMd: join(outDir, 'report.md'),
    reportHtml: join(outDir, 'report.html'),
  };
}

export interface RunInfo {
  formatVersion: 1;
  status: 'running' | 'finished';
  /** Runs with the same fingerprint may share a folder (resume); see runFingerprint. */
  fingerprint: string;
  config: EvalConfig;
  model: string;
  endpoint: { baseURL: string; api: EvalConfig['api'] };
  versions: {
    semtrace: string;
    node: string;
    openai: string;
    python: string | null;
    backend: string;
    isolation: string | null;
  };
  timings: {
    startedAt: string;
    finishedAt: string | null;
    wallMs: number | null;
    requests: number;
    retries: number;
    cacheHits: number;
    /** Mean time of one HTTP request (retries included as separate requests). */
    meanRequestMs: number | null;
  };
  counts: { items: number; resumed: number; asked: number; errors: number };
}

/** Refuse to mix results of a different run into this folder. */
export function assertResumable(paths: RunPaths, fingerprint: string): void {
  if (!existsSync(paths.run)) return;
  let previous: Partial<RunInfo>;
  try {
    previous = JSON.parse(readFileSync(paths.run, 'utf8')) as Partial<RunInfo>;
  } catch {
    return;
  }
  if (previous.fingerprint !== undefined && previous.fingerprint !== fingerprint) {
    throw new SemtraceError(
      'SEMTRACE_OUTPUT_CONFLICT',
      `${paths.run} belongs to another evaluation (different task, data, model, sampling or template); ` +
        'choose another --out folder, or delete that one to start over',
    );
  }
}

export function writeRunInfo(paths: RunPaths, info: RunInfo): void {
  writeFileAtomicSync(paths.run, `${JSON.stringify(info, null, 2)}\n`);
}

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
