/**
 * The stages after execution, for one chunk of programs: filter, equivalent mutants, trace dedupe,
 * split, curriculum level, renders. Pure: the same runs give the same samples and counts.
 */
import type { RunResult } from '../../engine/types.js';
import { renderersFor, renderWith } from '../../formats/index.js';
import { traceLengthBucketIndex } from '../../trace/length-buckets.js';
import type { Sample, Split } from '../types.js';
import type { BuildConfig } from './config.js';
import { levelFor, measureDifficulty } from './curriculum.js';
import { behaviour, filterReason } from './filter.js';
import type { WorkItem } from './plan.js';
import { makeSample, traceKey } from './sample.js';
import { assignSplit } from './split.js';
import { bump, type ExecutionStats, emptyExecutionStats } from './stats.js';

export interface ItemRun {
  item: WorkItem;
  result: RunResult;
  /** The determinism check's second run, when enabled. */
  repeat?: RunResult;
}

export interface FinishedChunk {
  samples: Sample[];
  stats: ExecutionStats;
  /** Trace keys of the samples kept (for `--dedupe-trace` across later chunks). */
  traceKeys: string[];
}

/** `seenTraces` holds the trace keys of earlier chunks; it is not changed here. */
export function finalizeChunk(
  runs: ItemRun[],
  config: BuildConfig,
  seenTraces: ReadonlySet<string>,
): FinishedChunk {
  const stats = emptyExecutionStats();
  const byItem = new Map<WorkItem, RunResult>(runs.map((run) => [run.item, run.result]));
  const samples: Sample[] = [];
  const traceKeys: string[] = [];
  const chunkTraces = new Set<string>();
  const sourcesPerSplit = new Map<Split, Set<string>>();
  // The debugger formats sample with the build's recorded policy, not the registry's default one.
  const renderers = renderersFor(config.formats, config.debugPolicy ? { debugger: config.debugPolicy } : {});
  for (const { item, result, repeat } of runs) {
    stats.executed += 1;
    bump(stats.perStatus, result.status);
    const reason = filterReason(result, repeat, config);
    if (reason !== null) {
      bump(stats.filtered, reason);
      continue;
    }
    const originalResult = item.original ? byItem.get(item.original) : undefined;
    const equivalent = originalResult !== undefined && behaviour(originalResult) === behaviour(result);
    if (equivalent) {
      stats.equivalentFound += 1;
      if (!config.keepEquivalentMutants) {
        stats.equivalentDropped += 1;
        bump(stats.filtered, 'equivalent_mutant');
        continue;
      }
    }
    if (config.dedupeByTrace) {
      const key = traceKey(result);
      if (seenTraces.has(key) || chunkTraces.has(key)) {
        stats.dedupedTrace += 1;
        continue;
      }
      chunkTraces.add(key);
      traceKeys.push(key);
    }
    const split = assignSplit(item.sourceId, config.seed, config.splitRatios);
    const calls = result.steps.filter((step) => step.event === 'call').length;
    const level =
      item.sourceLevel ?? levelFor(measureDifficulty(item.code, result.steps.length, Math.max(0, calls - 1)));
    const renders = renderWith({ code: item.code, mode: item.mode, input: item.input, result }, renderers);
    samples.push(makeSample(item, result, { split, level, equivalentBehaviour: equivalent, renders }));
    stats.written += 1;
    stats.perSplit[split].samples += 1;
    stats.perLevel[level] += 1;
    const bucket = traceLengthBucketIndex(result.steps.length);
    stats.traceLengthCounts[bucket] = (stats.traceLengthCounts[bucket] ?? 0) + 1;
    for (const operator of item.mutant?.edits.map((edit) => edit.operator) ?? [])
      bump(stats.operatorsWritten, operator);
    const sources = sourcesPerSplit.get(split) ?? new Set<string>();
    sources.add(item.sourceId);
    sourcesPerSplit.set(split, sources);
  }
  for (const [split, sources] of sourcesPerSplit) stats.perSplit[split].sources = sources.size;
  return { samples, stats, traceKeys };
}
