/**
 * Writes real samples through the dataset writer into a temporary directory and adds a manifest whose
 * counts are computed from those samples, standing in for the one the builder writes at the end.
 */
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeJsonAtomic } from '../../../src/common/atomic-file.js';
import { createDatasetWriter, type WriteOptions } from '../../../src/dataset/output/dataset-writer.js';
import {
  type FormatName,
  LEVELS,
  type Manifest,
  type Sample,
  type ShardInfo,
  SPLITS,
} from '../../../src/dataset/types.js';

export async function temporaryDir(prefix = 'semtrace-dataset-'): Promise<string> {
  return mkdtemp(join(tmpdir(), prefix));
}

export function manifestFor(
  samples: readonly Sample[],
  shards: ShardInfo[],
  options: WriteOptions,
): Manifest {
  const perSplit = Object.fromEntries(
    SPLITS.map((split) => {
      const ofSplit = samples.filter((s) => s.split === split);
      return [split, { samples: ofSplit.length, sources: new Set(ofSplit.map((s) => s.sourceId)).size }];
    }),
  ) as Manifest['counts']['perSplit'];
  const perLevel = Object.fromEntries(
    LEVELS.map((level) => [level, samples.filter((s) => s.level === level).length]),
  ) as Manifest['counts']['perLevel'];
  const perStatus: Record<string, number> = {};
  const perOperator: Record<string, { planned: number; written: number }> = {};
  for (const sample of samples) {
    perStatus[sample.status] = (perStatus[sample.status] ?? 0) + 1;
    for (const op of sample.mutation?.operators ?? []) {
      perOperator[op] ??= { planned: 0, written: 0 };
      perOperator[op].planned++;
      perOperator[op].written++;
    }
  }
  const edges = [0, 10, 20, 40, 80];
  const counts = edges.map((edge, i) => {
    const next = edges[i + 1] ?? Number.POSITIVE_INFINITY;
    return samples.filter((s) => s.traceLength >= edge && s.traceLength < next).length;
  });
  const n = samples.length;
  return {
    formatVersion: 1,
    semtrace: '0.1.0',
    config: {
      sources: ['programs.jsonl'],
      demo: false,
      seed: 1,
      mutantsPerProgram: 2,
      inputsPerProgram: 1,
      mutationOrder: 1,
      operators: null,
      formats: options.formats as FormatName[],
      backend: 'native',
      splitRatios: { train: 0.8, dev: 0.1, test: 0.1 },
      minTraceLength: 0,
      maxTraceLength: 10000,
      keepEquivalentMutants: false,
      checkDeterminism: false,
      dedupeByTrace: true,
      decontaminate: null,
      decontaminateThreshold: 0.8,
      gzip: options.gzip,
      parquet: options.parquet,
      shardSize: options.shardSize,
      limits: { timeoutMs: 5000, maxSteps: 2000 },
    },
    environment: {
      python: samples[0]?.python ?? '3',
      backend: 'native',
      isolation: 'basic',
      node: process.version,
      platform: process.platform,
      workers: 1,
    },
    run: {
      startedAt: '2025-01-01T00:00:00.000Z',
      finishedAt: '2025-01-01T00:00:01.000Z',
      wallMs: 1000,
      resumedChunks: 0,
    },
    counts: {
      sourcePrograms: new Set(samples.map((s) => s.sourceId)).size,
      sourceInputs: n,
      sourceProblems: { bad_json: 1 },
      stages: {
        planned: n + 3,
        executed: n + 3,
        filtered: n + 1,
        deduplicated: n,
        decontaminated: n,
        written: n,
      },
      filtered: { trace_too_long: 2 },
      deduplicated: { programInput: 1, trace: 0 },
      decontaminatedPrograms: 0,
      equivalentMutants: { found: 0, dropped: 0 },
      perSplit,
      perLevel,
      perOperator,
      perStatus,
      traceLength: { edges, counts },
    },
    sourceProblems: [{ path: 'programs.jsonl', line: 3, reason: 'bad_json', message: 'Unexpected token' }],
    shards,
  };
}

/** Writes `samples` (grouped by split) and a manifest into `dir`; returns the manifest. */
export async function writeTestDataset(
  dir: string,
  samples: readonly Sample[],
  overrides: Partial<Omit<WriteOptions, 'dir'>> = {},
): Promise<Manifest> {
  const options: WriteOptions = {
    dir,
    shardSize: 4,
    gzip: false,
    parquet: true,
    formats: ['json', 'semcoder-concise'],
    ...overrides,
  };
  const plan = SPLITS.map((split) => ({ split, records: samples.filter((s) => s.split === split).length }));
  const writer = createDatasetWriter(options, plan);
  for (const sample of samples) await writer.write(sample);
  const shards = await writer.close();
  const manifest = manifestFor(samples, shards, options);
  await writeJsonAtomic(join(dir, 'manifest.json'), manifest);
  return manifest;
}
