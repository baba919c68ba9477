/** Counters of a run in progress, as progress displays and run.json read them. */
import type { ClientStats } from '../client/types.js';

export interface EvalProgress {
  /** Items in this run (resumed ones included). */
  total: number;
  /** Items finished, resumed ones included. */
  done: number;
  /** Items taken from an earlier run's results.jsonl. */
  resumed: number;
  /** Items whose model request failed (they still got a result line). */
  errors: number;
  /** Items with at least one correct sample. */
  correct: number;
  requests: number;
  retries: number;
  cacheHits: number;
}

export function progressOf(
  counts: Pick<EvalProgress, 'total' | 'done' | 'resumed' | 'errors' | 'correct'>,
  stats: ClientStats,
): EvalProgress {
  return { ...counts, requests: stats.requests, retries: stats.retries, cacheHits: stats.cacheHits };
}
