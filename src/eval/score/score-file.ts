/**
 * Scores a predictions file against task items: what `semtrace score` does, as a library call. Items
 * without a prediction are scored as wrong (no samples); predictions for ids that are not items are
 * counted and listed, never silently dropped.
 */
import type { FormatName } from '../../dataset/types.js';
import type { BackendName } from '../../engine/types.js';
import { type LoadTaskOptions, loadTaskItems } from '../../tasks/load.js';
import type { TaskItem, TaskName } from '../../tasks/types.js';
import type { ItemResult, Summary } from '../types.js';
import type { PredictionProblem, Predictions } from './predictions.js';
import { createScorer, type ItemResponses } from './scorer.js';
import { summarize } from './summarize.js';

export interface ScoreFileOptions extends Omit<LoadTaskOptions, 'engine'> {
  backend?: BackendName;
  workers?: number;
  traceFormat?: FormatName;
  /** pass@k values to report besides pass@1. */
  ks?: number[];
  /** Called with every item result as it is decided (to write results.jsonl). */
  onResult?: (result: ItemResult) => void | Promise<void>;
}

export interface ScoreFileReport {
  summary: Summary;
  /** Items that had no prediction (scored as wrong). */
  missing: number;
  /** Prediction ids that match no item. */
  unknownIds: string[];
  /** Lines of the predictions file that could not be used. */
  problems: PredictionProblem[];
}

export async function scorePredictions(
  task: TaskName,
  data: string,
  predictions: Predictions,
  options: ScoreFileOptions = {},
): Promise<ScoreFileReport> {
  const scorer = await createScorer(task, {
    backend: options.backend,
    workers: options.workers,
    traceFormat: options.traceFormat,
  });
  const seen = new Set<string>();
  let missing = 0;
  async function* pairs(): AsyncGenerator<ItemResponses> {
    const items: AsyncIterable<TaskItem> = loadTaskItems(task, data, {
      ...options,
      backend: options.backend,
    });
    for await (const item of items) {
      seen.add(item.id);
      const responses = predictions.byId.get(item.id) ?? [];
      if (responses.length === 0) missing++;
      yield { item, responses };
    }
  }
  const results: ItemResult[] = [];
  try {
    for await (const result of scorer.scoreAll(pairs(), options.ks)) {
      // Summaries need verdicts and metadata only; the heavy parts are dropped once written.
      await options.onResult?.(result);
      results.push({ ...result, code: '', responses: [], extracted: [] });
    }
  } finally {
    await scorer.close();
  }
  const unknownIds = [...predictions.byId.keys()].filter((id) => !seen.has(id));
  return { summary: summarize(results, options.ks), missing, unknownIds, problems: predictions.problems };
}
