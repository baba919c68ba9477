/**
 * `mergeShards`: N shard folders of one build (`--shard I/N`) → one dataset, identical to a single
 * build's: the same chunk files, assembled in chunk order by the same code.
 */
import { rm } from 'node:fs/promises';
import { SemtraceError } from '../../errors.js';
import { assembleDataset, type ChunkSource } from './assemble.js';
import type { BuildResult } from './build.js';
import { type ChunkHeader, ChunkStore } from './chunk-store.js';
import { chunkDirOf, prepareOutput, readManifest, sameConfig, workDirOf } from './output-dir.js';
import { type BuildShardInfo, readShardInfo } from './shard.js';

export interface MergeOptions {
  /** The shard folders, in any order. */
  dirs: string[];
  out: string;
  overwrite?: boolean;
}

export async function mergeShards(options: MergeOptions): Promise<BuildResult> {
  const shards = await readShards(options.dirs);
  const first = shards[0] as { dir: string; info: BuildShardInfo };
  const count = first.info.shard.count;
  const config = first.info.config;
  const existing = await readManifest(options.out);
  if (existing && sameConfig(existing.config, config) && !options.overwrite) {
    return { manifest: existing, alreadyBuilt: true };
  }
  const startedAt = new Date();
  const stores = new Map<number, ChunkStore>();
  for (const { dir, info } of shards) stores.set(info.shard.index, new ChunkStore(chunkDirOf(dir)));
  const storeOf = (chunk: number) => stores.get(chunk % count) as ChunkStore;
  const headers: ChunkHeader[] = [];
  const missing: string[] = [];
  for (let chunk = 0; chunk < first.info.chunks; chunk += 1) {
    const header = await storeOf(chunk).header(chunk);
    if (header) headers.push(header);
    else missing.push(storeOf(chunk).path(chunk));
  }
  if (missing.length > 0) {
    throw new SemtraceError(
      'SEMTRACE_MERGE_INCOMPLETE',
      `${missing.length} chunk file(s) are missing, e.g. ${missing[0]}; a shard folder was changed after its shard.json was written: build that shard again`,
    );
  }
  const source: ChunkSource = { samples: (chunk) => storeOf(chunk).samples(chunk) };
  const inputDirs = new Set(options.dirs);
  await prepareOutput(options.out, Boolean(existing), options.overwrite ?? false);
  const manifest = await assembleDataset({
    out: options.out,
    config,
    store: source,
    headers,
    planning: first.info.planning,
    problems: first.info.problems,
    engine: first.info.engine,
    startedAt,
    resumedChunks: 0,
  });
  // The merged folder is a plain dataset, unless it is also one of the shards being merged.
  if (!inputDirs.has(options.out)) await rm(workDirOf(options.out), { recursive: true, force: true });
  return { manifest, alreadyBuilt: false };
}

/** Every shard folder finished, all of one build, each shard index once and none missing. */
async function readShards(dirs: string[]): Promise<{ dir: string; info: BuildShardInfo }[]> {
  if (dirs.length === 0) throw new SemtraceError('SEMTRACE_BAD_OPTION', 'give the shard folders to merge');
  const shards: { dir: string; info: BuildShardInfo }[] = [];
  for (const dir of dirs) {
    const info = await readShardInfo(dir);
    if (!info) {
      throw new SemtraceError(
        'SEMTRACE_MERGE_INCOMPLETE',
        `${dir} is not a finished shard (no shard.json): run its \`semtrace build ... --shard I/N\` again to finish it`,
      );
    }
    shards.push({ dir, info });
  }
  const first = (shards[0] as { info: BuildShardInfo }).info;
  for (const { dir, info } of shards) {
    const differs =
      info.configHash !== first.configHash ||
      info.shard.count !== first.shard.count ||
      info.chunks !== first.chunks ||
      info.chunkSize !== first.chunkSize ||
      JSON.stringify(info.planning) !== JSON.stringify(first.planning);
    if (differs) {
      throw new SemtraceError(
        'SEMTRACE_MERGE_MISMATCH',
        `${dir} is a shard of another build than ${(shards[0] as { dir: string }).dir} (other options, sources, Python, or shard count); merge only the shards of one \`semtrace build ... --shard I/N\` command`,
      );
    }
  }
  const byIndex = new Map<number, string>();
  for (const { dir, info } of shards) {
    const other = byIndex.get(info.shard.index);
    if (other !== undefined) {
      throw new SemtraceError(
        'SEMTRACE_MERGE_MISMATCH',
        `${other} and ${dir} are both shard ${info.shard.index}/${info.shard.count}; give each shard once`,
      );
    }
    byIndex.set(info.shard.index, dir);
  }
  const absent = Array.from({ length: first.shard.count }, (_, i) => i).filter((i) => !byIndex.has(i));
  if (absent.length > 0) {
    throw new SemtraceError(
      'SEMTRACE_MERGE_INCOMPLETE',
      `shard(s) ${absent.map((i) => `${i}/${first.shard.count}`).join(', ')} missing; give all ${first.shard.count} shard folders`,
    );
  }
  return shards;
}
