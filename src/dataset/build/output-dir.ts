/**
 * The output folder of a build and its work folder `<out>/.build/`: what may be built there, and which
 * configuration the finished chunks in it belong to. Shared by local, sharded and queue builds: their
 * chunk files are the same, so one can finish what another started.
 */
import { mkdir, readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { writeJsonAtomic } from '../../common/atomic-file.js';
import { SemtraceError } from '../../errors.js';
import type { Manifest } from '../types.js';
import { type BuildConfig, configHash } from './config.js';

export const DEFAULT_CHUNK_SIZE = 8;

interface BuildState {
  configHash: string;
  python: string;
  chunkSize: number;
}

export function workDirOf(out: string): string {
  return join(out, '.build');
}

export function chunkDirOf(out: string): string {
  return join(workDirOf(out), 'chunks');
}

export async function readManifest(out: string): Promise<Manifest | null> {
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

export function sameConfig(a: BuildConfig, b: BuildConfig): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** `out` must be new, empty, or a semtrace build (finished or not); --overwrite clears a finished one. */
export async function prepareOutput(out: string, hasManifest: boolean, overwrite: boolean): Promise<void> {
  await mkdir(out, { recursive: true });
  const entries = await readdir(out);
  if (hasManifest) {
    if (!overwrite) {
      throw new SemtraceError(
        'SEMTRACE_OUTPUT_CONFLICT',
        `${out} holds a dataset built with other options; choose another --out, or pass --overwrite to replace it`,
      );
    }
  } else if (
    entries.length > 0 &&
    !entries.includes('.build') &&
    !entries.includes('shard.json') &&
    !overwrite
  ) {
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
 * Returns the chunk size: a resumed build keeps the one it started with, so its finished chunks stay valid.
 */
export async function claimWorkDir(
  workDir: string,
  config: BuildConfig,
  python: string,
  requestedChunkSize: number | undefined,
  overwrite: boolean,
): Promise<number> {
  const statePath = join(workDir, 'state.json');
  const wanted: BuildState = {
    configHash: configHash(config, python),
    python,
    chunkSize: requestedChunkSize ?? DEFAULT_CHUNK_SIZE,
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
  return state.chunkSize;
}
