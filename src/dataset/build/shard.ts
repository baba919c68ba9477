/**
 * Static sharding for cluster schedulers (Slurm arrays, Kubernetes indexed jobs): `--shard I/N` builds
 * the chunks whose index is I modulo N, and leaves them in `<out>/.build/chunks/` with `shard.json`
 * (the plan's counts, the engine, which shard). `mergeShards` (merge.ts) joins N such folders.
 */
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { writeJsonAtomic } from '../../common/atomic-file.js';
import type { EngineInfo } from '../../engine/engine.js';
import { SemtraceError } from '../../errors.js';
import type { SourceProblem } from '../types.js';
import { type BuildRunOptions, buildEngine, runChunksHere } from './build.js';
import { type BuildConfig, configHash, resolveConfig } from './config.js';
import { prepareOutput, sameConfig } from './output-dir.js';
import type { PlanningStats } from './stats.js';

export interface ShardSpec {
  /** 0-based: Kubernetes' JOB_COMPLETION_INDEX as it is, a 1-based Slurm array task id minus 1. */
  index: number;
  count: number;
}

export interface BuildShardInfo {
  formatVersion: 1;
  shard: ShardSpec;
  configHash: string;
  config: BuildConfig;
  /** Chunks in the whole plan (this shard holds those with index ≡ shard.index mod shard.count). */
  chunks: number;
  chunkSize: number;
  planning: PlanningStats;
  problems: SourceProblem[];
  engine: EngineInfo;
  startedAt: string;
  finishedAt: string;
}

export interface ShardResult {
  info: BuildShardInfo;
  alreadyBuilt: boolean;
}

export function parseShardSpec(text: string): ShardSpec {
  const match = /^(\d+)\/(\d+)$/.exec(text.trim());
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (!match || count < 1 || index >= count) {
    throw new SemtraceError(
      'SEMTRACE_BAD_OPTION',
      `--shard expects I/N with 0 <= I < N (I is 0-based), got '${text}'`,
    );
  }
  return { index, count };
}

export function shardInfoPath(dir: string): string {
  return join(dir, 'shard.json');
}

export async function readShardInfo(dir: string): Promise<BuildShardInfo | null> {
  try {
    return JSON.parse(await readFile(shardInfoPath(dir), 'utf8')) as BuildShardInfo;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw new SemtraceError(
      'SEMTRACE_MANIFEST_INVALID',
      `${shardInfoPath(dir)} is not valid JSON (${(error as Error).message}); build the shard again with --overwrite`,
    );
  }
}

export async function buildShard(options: BuildRunOptions & { shard: ShardSpec }): Promise<ShardResult> {
  const config = resolveConfig(options);
  const { shard, out } = options;
  const existing = await readShardInfo(out);
  if (
    existing &&
    sameConfig(existing.config, config) &&
    existing.shard.index === shard.index &&
    existing.shard.count === shard.count &&
    !options.overwrite
  ) {
    return { info: existing, alreadyBuilt: true };
  }
  await prepareOutput(out, false, options.overwrite ?? false);
  // Until the new shard.json is written, `out` is an unfinished shard.
  await rm(shardInfoPath(out), { force: true });
  const startedAt = new Date();
  const engine = await buildEngine(config, options);
  try {
    const run = await runChunksHere(engine, config, options, (chunk) => chunk % shard.count === shard.index);
    const info: BuildShardInfo = {
      formatVersion: 1,
      shard,
      configHash: configHash(config, engine.info.python),
      config,
      chunks: run.chunkCount,
      chunkSize: await chunkSizeOf(run.store.dir),
      planning: run.planning.stats,
      problems: run.planning.problems,
      engine: engine.info,
      startedAt: startedAt.toISOString(),
      finishedAt: new Date().toISOString(),
    };
    await writeJsonAtomic(shardInfoPath(out), info);
    return { info, alreadyBuilt: false };
  } finally {
    await engine.close();
  }
}

async function chunkSizeOf(chunkDir: string): Promise<number> {
  const state = JSON.parse(await readFile(join(chunkDir, '..', 'state.json'), 'utf8')) as {
    chunkSize: number;
  };
  return state.chunkSize;
}
