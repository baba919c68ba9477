/** Verdicts, run configuration, run records and run folder layout of the evaluation harness (read by reports, the CLI and the viewer). */
import type { BackendName } from '../engine/types.js';
import type { TaskItem, TaskName } from '../tasks/types.js';
import type { ApiKind, RetryOptions, SamplingParams } from './client/types.js';

/** Why an answer was judged as it was; stable strings so reports can count them. */
export type VerdictReason =
  | 'correct'
  | 'wrong_value'
  | 'no_answer'
  | 'restates_call'
  | 'not_a_literal'
  | 'evaluation_error'
  | 'timeout'
  | 'trace_mismatch';

export interface Verdict {
  correct: boolean;
  reason: VerdictReason;
  /** Human-readable detail, e.g. the exception raised while evaluating the answer. */
  detail?: string;
  /** Trace task only: CodeExecutor-style metrics for this item. */
  metrics?: Record<string, number>;
}

/** What answer extraction found in a raw model response. */
export interface Extraction {
  answer: string | null;
  /** Why nothing was extracted, or which rule found the answer (e.g. `answer-tag`, `code-fence`). */
  how: string;
}

/** One line of results.jsonl: an item, every sample the model gave, and how each was judged. */
export interface ItemResult {
  id: string;
  task: TaskName;
  meta: TaskItem['meta'];
  /** What was asked about, so a reader (the viewer) can re-run the program and show the real trace. */
  code: string;
  mode: TaskItem['mode'];
  input: TaskItem['input'];
  /** The true output (see TaskItem.output). */
  output: string;
  question?: TaskItem['question'];
  /** Debug task: the paused state, action and real next state asked about. */
  debug?: TaskItem['debug'];
  /** The prompt sent (chat messages rendered as text), absent when scoring offline. */
  prompt?: string;
  responses: string[];
  extracted: Extraction[];
  verdicts: Verdict[];
  /** pass@k for k = 1 and every other k ≤ n requested, from the unbiased estimator. */
  passAtK: Record<string, number>;
  /** Set when the model could not be asked (after retries): the item still gets a line, never lost. */
  error?: string;
}

/** A mean over items with its 95% confidence interval. */
export interface Estimate {
  value: number;
  /** 95% interval: Wilson score for 0/1 per-item values, else a normal approximation (clipped to 0..1). */
  ci95: [number, number];
  /** Items the estimate is over (items with fewer than k samples are left out of pass@k). */
  items: number;
}

/** pass@1 and item counts for one group of a breakdown (a level, a trace-length bucket, an operator). */
export interface GroupSummary {
  items: number;
  correct: number;
  'pass@1': number;
}

/** What `summarize` reports for a set of item results. */
export interface Summary {
  task: TaskName | 'mixed';
  items: number;
  /** Samples (responses) over all items. */
  samples: number;
  /** Items with at least one correct sample. */
  itemsCorrect: number;
  /** Items with no response at all; they count as wrong for every k. */
  itemsWithoutPrediction: number;
  /** `pass@1`, `pass@5`, …: fractions 0..1. */
  passAtK: Record<string, Estimate>;
  /** How every sample was judged. */
  reasons: Partial<Record<VerdictReason, number>>;
  byLevel: Record<string, GroupSummary>;
  byTraceLength: Record<string, GroupSummary>;
  byOperator: Record<string, GroupSummary>;
  /** Trace task: CodeExecutor metrics micro-averaged over all samples, exact-position and aligned. */
  traceMetrics?: Record<string, number>;
  /** Debug task: exact next state, line accuracy, variable precision / recall / F1 (micro-averaged). */
  debugMetrics?: Record<string, number>;
  /** Debug task: pass@1 and the debug metrics per action. */
  byAction?: Record<string, GroupSummary & Record<string, number>>;
}

/** The configuration of one evaluation run. */
export interface EvalConfig {
  task: TaskName;
  /** A JSONL file or a built dataset folder (see src/tasks). */
  data: string;
  split?: string;
  limit?: number;
  model: string;
  baseURL: string;
  api: ApiKind;
  /** Name of the environment variable holding the key (never the key itself: run.json is shared). */
  apiKeyEnv: string;
  sampling: SamplingParams;
  cot: boolean;
  fewShot: boolean;
  /** A user's template file instead of the shipped one. */
  template?: string;
  /** Requests in flight at once. */
  concurrency: number;
  /** Engine backend for the answer checks. */
  backend: BackendName;
  /** Engine workers for the checks. */
  workers: number;
  outDir: string;
  /** Response cache folder, or null for no cache. */
  cacheDir: string | null;
  retry?: Partial<RetryOptions>;
  /** pass@k values reported besides pass@1 (those above n are left out). */
  ks: number[];
}

/** The files of a run folder. */
export interface RunPaths {
  results: string;
  summary: string;
  run: string;
  reportMd: string;
  reportHtml: string;
}

export function runPaths(outDir: string): RunPaths {
  // Plain `/` joins (Node accepts them everywhere): this file is also read by the browser app.
  const join = (dir: string, name: string) => `${dir.replace(/\/+$/, '')}/${name}`;
  return {
    results: join(outDir, 'results.jsonl'),
    summary: join(outDir, 'summary.json'),
    run: join(outDir, 'run.json'),
    reportMd: join(outDir, 'report.md'),
    reportHtml: join(outDir, 'report.html'),
  };
}

/** run.json: what ran, with what, where, and how long. */
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
