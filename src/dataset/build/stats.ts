/**
 * Counters a build keeps. Planning counts are recomputed on every run (planning is cheap and pure);
 * execution counts are saved with each finished chunk, so a resumed build adds up to the same totals.
 */
import { TRACE_LENGTH_EDGES } from '../../trace/length-buckets.js';
import { type Histogram, LEVELS, type Level, SPLITS, type Split } from '../types.js';

// The trace-length histogram's edges are fixed (trace/length-buckets.ts), so chunks can be added up.

export interface PlanningStats {
  sourcePrograms: number;
  sourceInputs: number;
  sourceProblems: Record<string, number>;
  planned: number;
  dedupedProgramInput: number;
  decontaminatedPrograms: number;
  operatorsPlanned: Record<string, number>;
}

export interface ExecutionStats {
  executed: number;
  filtered: Record<string, number>;
  dedupedTrace: number;
  equivalentFound: number;
  equivalentDropped: number;
  written: number;
  perSplit: Record<Split, { samples: number; sources: number }>;
  perLevel: Record<Level, number>;
  operatorsWritten: Record<string, number>;
  perStatus: Record<string, number>;
  traceLengthCounts: number[];
}

export function emptyPlanningStats(): PlanningStats {
  return {
    sourcePrograms: 0,
    sourceInputs: 0,
    sourceProblems: {},
    planned: 0,
    dedupedProgramInput: 0,
    decontaminatedPrograms: 0,
    operatorsPlanned: {},
  };
}

export function emptyExecutionStats(): ExecutionStats {
  return {
    executed: 0,
    filtered: {},
    dedupedTrace: 0,
    equivalentFound: 0,
    equivalentDropped: 0,
    written: 0,
    perSplit: Object.fromEntries(
      SPLITS.map((split) => [split, { samples: 0, sources: 0 }]),
    ) as ExecutionStats['perSplit'],
    perLevel: Object.fromEntries(LEVELS.map((level) => [level, 0])) as ExecutionStats['perLevel'],
    operatorsWritten: {},
    perStatus: {},
    traceLengthCounts: TRACE_LENGTH_EDGES.map(() => 0),
  };
}

export function bump(counts: Record<string, number>, key: string, by = 1): void {
  counts[key] = (counts[key] ?? 0) + by;
}

/** Adds `part` into `total` (both execution stats). */
export function addExecutionStats(total: ExecutionStats, part: ExecutionStats): void {
  total.executed += part.executed;
  total.dedupedTrace += part.dedupedTrace;
  total.equivalentFound += part.equivalentFound;
  total.equivalentDropped += part.equivalentDropped;
  total.written += part.written;
  for (const [key, value] of Object.entries(part.filtered)) bump(total.filtered, key, value);
  for (const [key, value] of Object.entries(part.operatorsWritten)) bump(total.operatorsWritten, key, value);
  for (const [key, value] of Object.entries(part.perStatus)) bump(total.perStatus, key, value);
  for (const split of SPLITS) {
    total.perSplit[split].samples += part.perSplit[split].samples;
    total.perSplit[split].sources += part.perSplit[split].sources;
  }
  for (const level of LEVELS) total.perLevel[level] += part.perLevel[level];
  part.traceLengthCounts.forEach((count, i) => {
    total.traceLengthCounts[i] = (total.traceLengthCounts[i] ?? 0) + count;
  });
}

export function traceLengthHistogram(stats: ExecutionStats): Histogram {
  return { edges: [...TRACE_LENGTH_EDGES], counts: [...stats.traceLengthCounts] };
}
