/**
 * The numbers a report shows, computed once from the summary and the item results so the Markdown and
 * HTML reports cannot disagree. Pure.
 */

import { compareTraceLengthBuckets, traceLengthBucket } from '../../trace/length-buckets.js';
import { estimate } from '../score/summarize.js';
import type { Estimate, ItemResult, RunInfo, Summary } from '../types.js';

export interface ReportInput {
  summary: Summary;
  results: readonly ItemResult[];
  info: RunInfo;
}

/** One row of a breakdown: a group, its item count, items with a correct sample, pass@1 with interval. */
export interface BreakdownRow {
  group: string;
  items: number;
  correct: number;
  passAt1: Estimate;
}

export interface Breakdowns {
  byTask: BreakdownRow[];
  byLevel: BreakdownRow[];
  byTraceLength: BreakdownRow[];
  byOperator: BreakdownRow[];
}

/** pass@1 of one item as summarize counts it: an item without samples (an error) scores 0. */
function itemPassAt1(result: ItemResult): number {
  const n = result.verdicts.length;
  return n === 0 ? 0 : result.verdicts.filter((verdict) => verdict.correct).length / n;
}

function breakdown(
  results: readonly ItemResult[],
  keyOf: (result: ItemResult) => string,
  order: (a: string, b: string) => number,
): BreakdownRow[] {
  const groups = new Map<string, ItemResult[]>();
  for (const result of results) {
    const key = keyOf(result);
    groups.set(key, [...(groups.get(key) ?? []), result]);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => order(a, b))
    .map(([group, members]) => ({
      group,
      items: members.length,
      correct: members.filter((result) => result.verdicts.some((verdict) => verdict.correct)).length,
      passAt1: estimate(members.map(itemPassAt1)),
    }));
}

const LEVEL_ORDER = ['single-line', 'tutorial', 'contest', 'none'];
function compareLevels(a: string, b: string): number {
  const rank = (level: string) =>
    LEVEL_ORDER.includes(level) ? LEVEL_ORDER.indexOf(level) : LEVEL_ORDER.length;
  return rank(a) - rank(b) || a.localeCompare(b);
}

export function breakdowns(results: readonly ItemResult[]): Breakdowns {
  const byName = (a: string, b: string) => a.localeCompare(b);
  return {
    byTask: breakdown(results, (result) => result.task, byName),
    byLevel: breakdown(results, (result) => result.meta.level ?? 'none', compareLevels),
    byTraceLength: breakdown(
      results,
      (result) => traceLengthBucket(result.meta.traceLength),
      compareTraceLengthBuckets,
    ),
    // Original programs first, then operators by name.
    byOperator: breakdown(
      results,
      (result) => result.meta.operator ?? 'original',
      (a, b) => (a === 'original' ? -1 : b === 'original' ? 1 : a.localeCompare(b)),
    ),
  };
}

export function percent(value: number): string {
  return `${(value * 100).toFixed(1)}%`;
}

export function interval([low, high]: [number, number]): string {
  return `${(low * 100).toFixed(1)}–${(high * 100).toFixed(1)}%`;
}

/** Items whose request or scoring failed, for the report's error list. */
export function failedItems(results: readonly ItemResult[]): { id: string; error: string }[] {
  return results.flatMap((result) =>
    result.error === undefined ? [] : [{ id: result.id, error: result.error }],
  );
}
