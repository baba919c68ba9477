/**
 * Summaries over item results: pass@k with a 95% interval, how samples were judged, and pass@1 broken
 * down by curriculum level, trace length and mutation operator. Pure.
 */

import { traceLengthBucket } from '../../trace/length-buckets.js';
import type { Estimate, GroupSummary, ItemResult, Summary, VerdictReason } from '../types.js';
import { aggregateDebugCounts } from './debug-metrics.js';
import { passAtK } from './pass-at-k.js';
import { aggregateTraceCounts } from './trace/metrics.js';

const Z95 = 1.959964;

/** Wilson score interval for a proportion: stays inside 0..1 and behaves at 0% and 100%. */
function wilson(successes: number, total: number): [number, number] {
  if (total === 0) return [0, 0];
  const p = successes / total;
  const denominator = 1 + (Z95 * Z95) / total;
  const centre = (p + (Z95 * Z95) / (2 * total)) / denominator;
  const half = (Z95 * Math.sqrt((p * (1 - p)) / total + (Z95 * Z95) / (4 * total * total))) / denominator;
  return [Math.max(0, centre - half), Math.min(1, centre + half)];
}

/** Mean of per-item values with a 95% interval (Wilson when every value is 0 or 1). */
export function estimate(values: readonly number[]): Estimate {
  const items = values.length;
  if (items === 0) return { value: 0, ci95: [0, 0], items };
  const mean = values.reduce((a, b) => a + b, 0) / items;
  if (values.every((value) => value === 0 || value === 1)) {
    return { value: mean, ci95: wilson(values.filter((value) => value === 1).length, items), items };
  }
  const variance = items > 1 ? values.reduce((sum, value) => sum + (value - mean) ** 2, 0) / (items - 1) : 0;
  const half = Z95 * Math.sqrt(variance / items);
  return { value: mean, ci95: [Math.max(0, mean - half), Math.min(1, mean + half)], items };
}

/** pass@k of one item; an item with no samples scores 0, one with 0 < n < k has no value. */
function itemPassAtK(result: ItemResult, k: number): number | undefined {
  const n = result.verdicts.length;
  if (n === 0) return 0;
  if (n < k) return undefined;
  return passAtK(n, result.verdicts.filter((verdict) => verdict.correct).length, k);
}

function group(results: readonly ItemResult[], keyOf: (result: ItemResult) => string | undefined) {
  const groups: Record<string, GroupSummary> = {};
  const sums: Record<string, number> = {};
  for (const result of results) {
    const key = keyOf(result) ?? 'none';
    groups[key] ??= { items: 0, correct: 0, 'pass@1': 0 };
    const entry = groups[key];
    entry.items++;
    if (result.verdicts.some((verdict) => verdict.correct)) entry.correct++;
    sums[key] = (sums[key] ?? 0) + (itemPassAtK(result, 1) ?? 0);
  }
  for (const [key, entry] of Object.entries(groups)) entry['pass@1'] = sums[key]! / entry.items;
  return groups;
}

export function summarize(results: readonly ItemResult[], ks: readonly number[] = [1]): Summary {
  const tasks = new Set(results.map((result) => result.task));
  const reasons: Partial<Record<VerdictReason, number>> = {};
  for (const result of results) {
    for (const verdict of result.verdicts) reasons[verdict.reason] = (reasons[verdict.reason] ?? 0) + 1;
  }
  const passAtKs: Record<string, Estimate> = {};
  for (const k of [...new Set([1, ...ks])].sort((a, b) => a - b)) {
    const values = results.map((result) => itemPassAtK(result, k)).filter((value) => value !== undefined);
    passAtKs[`pass@${k}`] = estimate(values);
  }
  const summary: Summary = {
    task: tasks.size === 1 ? [...tasks][0]! : 'mixed',
    items: results.length,
    samples: results.reduce((sum, result) => sum + result.verdicts.length, 0),
    itemsCorrect: results.filter((result) => result.verdicts.some((verdict) => verdict.correct)).length,
    itemsWithoutPrediction: results.filter((result) => result.verdicts.length === 0).length,
    passAtK: passAtKs,
    reasons,
    byLevel: group(results, (result) => result.meta.level),
    byTraceLength: group(results, (result) => traceLengthBucket(result.meta.traceLength)),
    byOperator: group(results, (result) => result.meta.operator ?? 'original'),
  };
  const metricsOf = (task: string) =>
    results
      .filter((result) => result.task === task)
      .flatMap((result) => result.verdicts.flatMap((verdict) => (verdict.metrics ? [verdict.metrics] : [])));
  const traced = metricsOf('trace');
  if (traced.length > 0) summary.traceMetrics = aggregateTraceCounts(traced);
  const debugged = metricsOf('debug');
  if (debugged.length > 0) {
    summary.debugMetrics = aggregateDebugCounts(debugged);
    summary.byAction = byAction(results.filter((result) => result.task === 'debug'));
  }
  return summary;
}

/** Debug task: pass@1 and the debug metrics per action (step, next, finish, continue, until, ...). */
function byAction(results: readonly ItemResult[]): Record<string, GroupSummary & Record<string, number>> {
  const groups = group(results, (result) => result.meta.action);
  const out: Record<string, GroupSummary & Record<string, number>> = {};
  for (const [action, summary] of Object.entries(groups)) {
    const metrics = results
      .filter((result) => (result.meta.action ?? 'none') === action)
      .flatMap((result) => result.verdicts.flatMap((verdict) => (verdict.metrics ? [verdict.metrics] : [])));
    out[action] = { ...summary, ...aggregateDebugCounts(metrics) };
  }
  return out;
}
