/**
 * The last stage: finished chunks → shards per split → manifest. Shards are written under their final
 * names only when complete, and the manifest last, so a dataset with a manifest is a finished dataset.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileAtomic, writeJsonAtomic } from '../../common/atomic-file.js';
import type { EngineInfo } from '../../engine/engine.js';
import { createDatasetWriter } from '../output/dataset-writer.js';
import { type Manifest, type Sample, type SourceProblem, SPLITS } from '../types.js';
import type { ChunkHeader } from './chunk-store.js';
import type { BuildConfig } from './config.js';
import { datasetCard } from './dataset-card.js';
import {
  addExecutionStats,
  type ExecutionStats,
  emptyExecutionStats,
  type PlanningStats,
  traceLengthHistogram,
} from './stats.js';
import { crossChunkTraceDrops, statsWithoutDropped } from './trace-dedupe.js';

/** Where finished chunks are read from: one build's chunk store, or the stores of several shards. */
export interface ChunkSource {
  samples(chunk: number): AsyncGenerator<Sample>;
}

export interface AssembleInputs {
  out: string;
  config: BuildConfig;
  store: ChunkSource;
  /** Every chunk of the build, in any order. */
  headers: ChunkHeader[];
  planning: PlanningStats;
  problems: SourceProblem[];
  engine: EngineInfo;
  startedAt: Date;
  resumedChunks: number;
}

export async function assembleDataset(inputs: AssembleInputs): Promise<Manifest> {
  const { config, store } = inputs;
  const headers = [...inputs.headers].sort((a, b) => a.chunk - b.chunk);
  const drops = config.dedupeByTrace ? crossChunkTraceDrops(headers) : new Map<number, Set<number>>();
  const chunkStats = new Map<number, ExecutionStats>();
  for (const header of headers) {
    const dropped = drops.get(header.chunk);
    if (!dropped) {
      chunkStats.set(header.chunk, header.stats);
      continue;
    }
    const samples: Sample[] = [];
    for await (const sample of store.samples(header.chunk)) samples.push(sample);
    chunkStats.set(header.chunk, statsWithoutDropped(header.stats, samples, dropped));
  }
  const totals = emptyExecutionStats();
  for (const stats of chunkStats.values()) addExecutionStats(totals, stats);
  const writer = createDatasetWriter(
    {
      dir: inputs.out,
      shardSize: config.shardSize,
      gzip: config.gzip,
      parquet: config.parquet,
      formats: config.formats,
    },
    SPLITS.map((split) => ({ split, records: totals.perSplit[split].samples })),
  );
  try {
    for (const split of SPLITS) {
      for (const header of headers) {
        if ((chunkStats.get(header.chunk) as ExecutionStats).perSplit[split].samples === 0) continue;
        const dropped = drops.get(header.chunk);
        let position = 0;
        for await (const sample of store.samples(header.chunk)) {
          const kept = !dropped?.has(position);
          position += 1;
          if (kept && sample.split === split) await writer.write(sample);
        }
      }
    }
  } catch (error) {
    await writer.abort();
    throw error;
  }
  const shards = await writer.close();
  const finishedAt = new Date();
  const perOperator: Manifest['counts']['perOperator'] = {};
  const operators = new Set([
    ...Object.keys(inputs.planning.operatorsPlanned),
    ...Object.keys(totals.operatorsWritten),
  ]);
  for (const operator of [...operators].sort()) {
    perOperator[operator] = {
      planned: inputs.planning.operatorsPlanned[operator] ?? 0,
      written: totals.operatorsWritten[operator] ?? 0,
    };
  }
  const filteredCount = Object.values(totals.filtered).reduce((sum, n) => sum + n, 0);
  const manifest: Manifest = {
    formatVersion: 1,
    semtrace: await semtraceVersion(),
    config,
    environment: {
      python: inputs.engine.python,
      backend: inputs.engine.backend,
      isolation: inputs.engine.isolation,
      node: process.version,
      platform: `${process.platform}-${process.arch}`,
      workers: inputs.engine.workers,
    },
    run: {
      startedAt: inputs.startedAt.toISOString(),
      finishedAt: finishedAt.toISOString(),
      wallMs: finishedAt.getTime() - inputs.startedAt.getTime(),
      resumedChunks: inputs.resumedChunks,
    },
    counts: {
      sourcePrograms: inputs.planning.sourcePrograms,
      sourceInputs: inputs.planning.sourceInputs,
      sourceProblems: sorted(inputs.planning.sourceProblems),
      stages: {
        planned: inputs.planning.planned,
        executed: totals.executed,
        filtered: filteredCount,
        deduplicated: totals.dedupedTrace,
        decontaminated: inputs.planning.decontaminatedPrograms,
        written: totals.written,
      },
      filtered: sorted(totals.filtered),
      deduplicated: { programInput: inputs.planning.dedupedProgramInput, trace: totals.dedupedTrace },
      decontaminatedPrograms: inputs.planning.decontaminatedPrograms,
      equivalentMutants: { found: totals.equivalentFound, dropped: totals.equivalentDropped },
      perSplit: totals.perSplit,
      perLevel: totals.perLevel,
      perOperator,
      perStatus: sorted(totals.perStatus),
      traceLength: traceLengthHistogram(totals),
    },
    sourceProblems: inputs.problems,
    shards,
  };
  await writeFileAtomic(join(inputs.out, 'README.md'), [datasetCard(manifest)]);
  await writeJsonAtomic(join(inputs.out, 'manifest.json'), manifest);
  return manifest;
}

function sorted(counts: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(counts).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

async function semtraceVersion(): Promise<string> {
  const path = new URL('../../../package.json', import.meta.url);
  return (JSON.parse(await readFile(path, 'utf8')) as { version: string }).version;
}
