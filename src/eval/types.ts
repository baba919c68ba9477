/** Verdicts and run records of the evaluation harness (read by reports and the viewer). */
import type { TaskItem, TaskName } from '../tasks/types.js';

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
