/**
 * `--dedupe-trace` across chunks, applied when the dataset is assembled. Chunks are finalized on their
 * own (with no knowledge of earlier chunks), so they can run in any order, on any machine; a sample whose
 * trace an earlier chunk already kept is dropped here and the chunk's counts are corrected. The result
 * equals finalizing the chunks one after another with the trace keys of all earlier chunks (pure).
 */
import { traceLengthBucketIndex } from '../../trace/length-buckets.js';
import { type Sample, SPLITS } from '../types.js';
import type { ChunkHeader } from './chunk-store.js';
import type { ExecutionStats } from './stats.js';

/** Per chunk, the positions (in its samples) of samples an earlier chunk's trace already covers. */
export function crossChunkTraceDrops(headers: readonly ChunkHeader[]): Map<number, Set<number>> {
  const seen = new Set<string>();
  const drops = new Map<number, Set<number>>();
  for (const header of [...headers].sort((a, b) => a.chunk - b.chunk)) {
    const dropped = new Set<number>();
    // A finalized chunk lists one trace key per kept sample, in sample order (and none twice).
    header.traceKeys.forEach((key, position) => {
      if (seen.has(key)) dropped.add(position);
    });
    for (const key of header.traceKeys) seen.add(key);
    if (dropped.size > 0) drops.set(header.chunk, dropped);
  }
  return drops;
}

/** A chunk's counts once the samples at `dropped` positions are removed as trace duplicates. */
export function statsWithoutDropped(
  stats: ExecutionStats,
  samples: readonly Sample[],
  dropped: ReadonlySet<number>,
): ExecutionStats {
  const result = structuredClone(stats);
  const sourcesPerSplit = new Map(SPLITS.map((split) => [split, new Set<string>()]));
  samples.forEach((sample, position) => {
    if (!dropped.has(position)) {
      sourcesPerSplit.get(sample.split)?.add(sample.sourceId);
      return;
    }
    result.written -= 1;
    result.dedupedTrace += 1;
    result.perSplit[sample.split].samples -= 1;
    result.perLevel[sample.level] -= 1;
    const bucket = traceLengthBucketIndex(sample.traceLength);
    result.traceLengthCounts[bucket] = (result.traceLengthCounts[bucket] ?? 0) - 1;
    for (const operator of sample.mutation?.operators ?? []) {
      const left = (result.operatorsWritten[operator] ?? 0) - 1;
      if (left > 0) result.operatorsWritten[operator] = left;
      else delete result.operatorsWritten[operator];
    }
  });
  for (const split of SPLITS) result.perSplit[split].sources = sourcesPerSplit.get(split)?.size ?? 0;
  return result;
}
