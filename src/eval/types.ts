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
