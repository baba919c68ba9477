/**
 * `buildDataset`: the whole pipeline as one resumable job.
 *   sources → decontaminate → mutate inputs and programs → dedupe → execute + trace → filter →
 *   equivalent mutants → trace dedupe → split → curriculum level → render → chunk files → shards + manifest
 * Finished chunks are kept on disk under `<out>/.build/`, so a killed build run again with the same
 * options redoes only the unfinished chunk and gives byte-identical shards.
 */
import { mkdir, readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeJsonAtomic } from '../../common/atomic-file.js';
import { createEngine } from '../../engine/engine.js';
import { SemtraceError } from '../../errors.js';
import { loadDecontaminator } from '../decontaminate/index.js';
import type { Manifest, SourceProblem } from '../types.js';
import { assembleDataset } from './assemble.js';
import { type ChunkHeader, ChunkStore } from './chunk-store.js';
import { type BuildConfig, type BuildOptions, configHash, resolveConfig } from './config.js';
import { executeChunks } from './execute.js';
import { finalizeChunk } from './finalize-chunk.js';
import { plannedChunks } from './planned-chunks.js';
import { type ProgressReporter, silentProgress } from './progress.js';
import { emptyPlanningStats } from './stats.js';

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
}

/** Source problems listed in full in the manifest (all are counted). */
const LISTED_PROBLEMS = 200;
const DEFAULT_CHUNK_SIZE = 8;

interface BuildState {
  configHash: string;
  python: string;
  chunkSize: number;
}

/** The bundled starter corpus (`--demo`), shipped with the package. */
export function demoCorpusPath(): string {
  return fileURLToPath(new URL('../../../corpus/demo', import.meta.url));
}

export async function buildDataset(options: BuildRunOptions): Promise<BuildResult> {
  const config = resolveConfig(options);
  const out = options.out;
  const workDir = join(out, '.build');
  const existing = await readManifest(out);
  if (existing && sameConfig(existing.config, config) && !options.overwrite) {
    await rm(workDir, { recursive: true, force: true });
    return { manifest: existing, alreadyBuilt: true };
  }
  await prepareOutput(out, Boolean(existing), options.overwrite ?? false);

  const startedAt = new Date();
  const engine = await createEngine({
    backend: config.backend,
    limits: config.limits,
    ...(options.workers !== undefined ? { workers: options.workers } : {}),
    ...(options.warn ? { warn: options.warn } : {}),
  });
  try {
    const python = engine.info.python;
    const chunkSize = await claimWorkDir(workDir, config, python, options, options.overwrite ?? false);
    const store = new ChunkStore(join(workDir, 'chunks'));
    await store.prepare();
    const decontaminator = config.decontaminate
      ? await loadDecontaminator(config.decontaminate, { threshold: config.decontaminateThreshold })
      : undefined;
    const paths = [...config.sources, ...(config.demo ? [demoCorpusPath()] : [])];
    const planningFor = () => {
      const stats = emptyPlanningStats();
      const problems: SourceProblem[] = [];
      const chunks = plannedChunks({
        config,
        paths,
        chunkSize,
        stats,
        problemList: problems,
        maxListedProblems: LISTED_PROBLEMS,
        ...(decontaminator
          ? { isContaminated: (code: string) => decontaminator.check(code).contaminated }
          : {}),
      });
      return { stats, problems, chunks };
    };

    // A first planning pass counts the work (planning costs little next to execution) for progress and ETA.
    const counting = planningFor();
    const headers: ChunkHeader[] = [];
    let chunkCount = 0;
    let doneItems = 0;
    let resumedChunks = 0;
    for await (const chunk of counting.chunks) {
      chunkCount += 1;
      const header = headers.length === chunk.index ? await store.header(chunk.index) : null;
      if (header) {
        headers.push(header);
        doneItems += chunk.items.length;
        resumedChunks += 1;
      }
    }
    const progress = options.progress ?? silentProgress;
    progress.start(counting.stats.planned, doneItems);
    let kept = headers.reduce((sum, header) => sum + header.samples, 0);
    const seenTraces = new Set(headers.flatMap((header) => header.traceKeys));

    const main = planningFor();
    async function* unfinished() {
      for await (const chunk of main.chunks) if (chunk.index >= resumedChunks) yield chunk;
    }
    try {
      await executeChunks(engine, unfinished(), config, {
        onResult() {
          doneItems += 1;
          progress.update(doneItems, kept);
        },
        async onChunk(chunk, runs) {
          const result = finalizeChunk(runs, config, seenTraces);
          for (const key of result.traceKeys) seenTraces.add(key);
          await store.write(chunk.index, result);
          headers.push({
            chunk: chunk.index,
            samples: result.samples.length,
            stats: result.stats,
            traceKeys: result.traceKeys,
          });
          kept += result.samples.length;
          progress.update(doneItems, kept);
        },
      });
    } finally {
      progress.stop();
    }
    if (headers.length !== chunkCount) {
      throw new Error(`internal: ${headers.length} chunks finished of ${chunkCount} planned`);
    }
    const manifest = await assembleDataset({
      out,
      config,
      store,
      headers,
      planning: main.stats,
      problems: main.problems,
      engine: engine.info,
      startedAt,
      resumedChunks,
    });
    await rm(workDir, { recursive: true, force: true });
    return { manifest, alreadyBuilt: false };
  } finally {
    await engine.close();
  }
}

async function readManifest(out: string): Promise<Manifest | null> {
  try {
    return JSON.parse(await readFile(join(out, 'manifest.json'), 'utf8')) as Manifest;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw new SemtraceError(
      'SEMTRACE_MANIFEST_INVALID',
      `${join(out, 'manifest.json')} is not valid JSON (${(error as Error).message}); pass --overwrite to rebuild`,
    );
  }
}

function sameConfig(a: BuildConfig, b: BuildConfig): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** `out` must be new, empty, or a semtrace build (finished or not); --overwrite clears a finished one. */
async function prepareOutput(out: string, hasManifest: boolean, overwrite: boolean): Promise<void> {
  await mkdir(out, { recursive: true });
  const entries = await readdir(out);
  if (hasManifest) {
    if (!overwrite) {
      throw new SemtraceError(
        'SEMTRACE_OUTPUT_CONFLICT',
        `${out} holds a dataset built with other options; choose another --out, or pass --overwrite to replace it`,
      );
    }
  } else if (entries.length > 0 && !entries.includes('.build') && !overwrite) {
    throw new SemtraceError(
      'SEMTRACE_OUTPUT_CONFLICT',
      `${out} is not empty and is not a semtrace dataset; choose an empty or new --out, or pass --overwrite`,
    );
  }
  if (overwrite) await rm(join(out, 'data'), { recursive: true, force: true });
  // Until the new manifest is written, `out` is an unfinished build, whatever it was before.
  await rm(join(out, 'manifest.json'), { force: true });
}

/**
 * Records which configuration the chunks in `workDir` belong to. A build with other options (or another
 * Python) must not mix its chunks with these: it is refused, or with --overwrite starts afresh.
 */
async function claimWorkDir(
  workDir: string,
  config: BuildConfig,
  python: string,
  options: BuildOptions,
  overwrite: boolean,
): Promise<number> {
  const statePath = join(workDir, 'state.json');
  const wanted: BuildState = {
    configHash: configHash(config, python),
    python,
    chunkSize: options.chunkSize ?? DEFAULT_CHUNK_SIZE,
  };
  let state: BuildState | null = null;
  try {
    state = JSON.parse(await readFile(statePath, 'utf8')) as BuildState;
  } catch {
    state = null;
  }
  if (state && state.configHash !== wanted.configHash) {
    if (!overwrite) {
      throw new SemtraceError(
        'SEMTRACE_OUTPUT_CONFLICT',
        `${workDir} holds an unfinished build with other options or another Python (${state.python}); run the same command again to resume it, or pass --overwrite to start afresh`,
      );
    }
    state = null;
  }
  if (!state) {
    await rm(workDir, { recursive: true, force: true });
    await mkdir(workDir, { recursive: true });
    await writeJsonAtomic(statePath, { ...wanted, config });
    return wanted.chunkSize;
  }
  // A resumed build keeps the chunking it started with, so its finished chunks stay valid.
  return state.chunkSize;
}
