/**
 * `buildDataset`: the whole pipeline as one resumable job.
 *   sources → decontaminate → mutate inputs and programs → dedupe → execute + trace → filter →
 *   equivalent mutants → trace dedupe → split → curriculum level → render → chunk files → shards + manifest
 * Finished chunks are kept on disk under `<out>/.build/`, so a killed build run again with the same
 * options redoes only the unfinished chunks and gives byte-identical shards.
 */
import { rm } from 'node:fs/promises';
import { createEngine, type Engine, type EngineRunCounts } from '../../engine/engine.js';
import type { Manifest } from '../types.js';
import { assembleDataset } from './assemble.js';
import { type ChunkHeader, ChunkStore } from './chunk-store.js';
import { type BuildConfig, type BuildOptions, resolveConfig } from './config.js';
import { executeChunks } from './execute.js';
import { finalizeChunk } from './finalize-chunk.js';
import { scanFinishedChunks } from './finished-chunks.js';
import {
  chunkDirOf,
  claimWorkDir,
  prepareOutput,
  readManifest,
  sameConfig,
  workDirOf,
} from './output-dir.js';
import { buildPlanning, type PlanningWalk } from './planning.js';
import { type ProgressReporter, silentProgress } from './progress.js';

export { demoCorpusPath } from './planning.js';

export interface BuildRunOptions extends BuildOptions {
  /** Replace a dataset (or an unfinished build) made with other options in `out`. */
  overwrite?: boolean;
  progress?: ProgressReporter;
  warn?: (message: string) => void;
}

export interface BuildResult {
  manifest: Manifest;
  /** True when `out` already held this exact dataset and nothing was run. */
  alreadyBuilt: boolean;
  /** Runs this build made here, and how many shared a warm interpreter of their trust domain. */
  engineRuns?: EngineRunCounts;
}

/** Cross-chunk trace dedupe happens at assembly (trace-dedupe.ts): each chunk is finalized on its own. */
const NO_EARLIER_TRACES: ReadonlySet<string> = new Set();

export async function buildDataset(options: BuildRunOptions): Promise<BuildResult> {
  const config = resolveConfig(options);
  const out = options.out;
  const existing = await readManifest(out);
  if (existing && sameConfig(existing.config, config) && !options.overwrite) {
    await rm(workDirOf(out), { recursive: true, force: true });
    return { manifest: existing, alreadyBuilt: true };
  }
  await prepareOutput(out, Boolean(existing), options.overwrite ?? false);

  const startedAt = new Date();
  const engine = await buildEngine(config, options);
  try {
    const run = await runChunksHere(engine, config, options, () => true);
    const manifest = await assembleDataset({
      out,
      config,
      store: run.store,
      headers: run.headers,
      planning: run.planning.stats,
      problems: run.planning.problems,
      engine: engine.info,
      startedAt,
      resumedChunks: run.resumedChunks,
    });
    await rm(workDirOf(out), { recursive: true, force: true });
    return { manifest, alreadyBuilt: false, engineRuns: engine.runCounts };
  } finally {
    await engine.close();
  }
}

export function buildEngine(config: BuildConfig, options: BuildRunOptions): Promise<Engine> {
  return createEngine({
    backend: config.backend,
    limits: config.limits,
    ...(options.workers !== undefined ? { workers: options.workers } : {}),
    ...(options.warn ? { warn: options.warn } : {}),
  });
}

export interface LocalRun {
  store: ChunkStore;
  /** The finished chunks `wanted` selected, in chunk order. */
  headers: ChunkHeader[];
  /** The whole plan's counts and problems (complete: the planning stream was walked to its end). */
  planning: PlanningWalk;
  chunkCount: number;
  resumedChunks: number;
}

/**
 * Runs here every chunk `wanted` selects that has no chunk file yet, and returns the headers of all
 * selected chunks. A rerun after a crash finds the finished ones and skips them.
 */
export async function runChunksHere(
  engine: Engine,
  config: BuildConfig,
  options: BuildRunOptions,
  wanted: (chunk: number) => boolean,
): Promise<LocalRun> {
  const workDir = workDirOf(options.out);
  const chunkSize = await claimWorkDir(
    workDir,
    config,
    engine.info.python,
    options.chunkSize,
    options.overwrite ?? false,
  );
  const store = new ChunkStore(chunkDirOf(options.out));
  await store.prepare();
  const planning = await buildPlanning(config, chunkSize);

  // A first planning pass counts the work (planning costs little next to execution) for progress and ETA.
  const counting = planning();
  const { headers, chunkCount, total, ...counted } = await scanFinishedChunks(counting.chunks, store, wanted);
  let { doneItems, kept } = counted;
  const resumedChunks = headers.size;
  const progress = options.progress ?? silentProgress;
  progress.start(total, doneItems);

  const main = planning();
  async function* unfinished() {
    for await (const chunk of main.chunks) {
      if (wanted(chunk.index) && !headers.has(chunk.index)) yield chunk;
    }
  }
  try {
    await executeChunks(engine, unfinished(), config, {
      onResult() {
        doneItems += 1;
        progress.update(doneItems, kept);
      },
      async onChunk(chunk, runs) {
        const result = finalizeChunk(runs, config, NO_EARLIER_TRACES);
        const header = await store.write(chunk.index, result);
        headers.set(chunk.index, header);
        kept += result.samples.length;
        progress.update(doneItems, kept);
      },
    });
  } finally {
    progress.stop();
  }
  const selected = Array.from({ length: chunkCount }, (_, chunk) => chunk).filter(wanted);
  if (selected.some((chunk) => !headers.has(chunk))) {
    throw new Error(`internal: ${headers.size} chunks finished of ${selected.length} planned`);
  }
  return {
    store,
    headers: selected.map((chunk) => headers.get(chunk) as ChunkHeader),
    planning: main,
    chunkCount,
    resumedChunks,
  };
}
