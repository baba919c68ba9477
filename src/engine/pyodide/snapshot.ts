/**
 * The cached memory snapshot Pyodide workers start from (≈0.3 s instead of a ≈2 s cold load). It is
 * keyed by the Pyodide version and a hash of the harness, made by a separate trusted `node` process,
 * and published by rename, so a reader never sees a half-written file even when two processes race.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { accessSync, constants, existsSync, mkdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { readHarness } from './harness-files.js';
import { hostDistDir, pyodidePackageDir } from './launch.js';

const run = promisify(execFile);

export function snapshotCacheDir(): string {
  return process.env.SEMTRACE_CACHE_DIR || join(homedir(), '.cache', 'semtrace');
}

function snapshotName(): string {
  const version = (
    JSON.parse(readFileSync(join(pyodidePackageDir(), 'package.json'), 'utf8')) as { version: string }
  ).version;
  const hash = createHash('sha256');
  for (const file of readHarness(join(hostDistDir(), '..', 'python')))
    hash.update(file.name).update(file.text);
  return `pyodide-${version}-${hash.digest('hex').slice(0, 16)}.snapshot`;
}

let pending: Promise<string | undefined> | undefined;

/**
 * Path of a usable snapshot, creating it if needed; undefined when none can be made (cold loads then).
 * Making it takes ≈ 10 s once per machine and version, so `notice` is told before that wait starts.
 */
export function ensurePyodideSnapshot(
  notice: (message: string) => void = () => {},
): Promise<string | undefined> {
  pending ??= create(notice).catch((error: unknown) => {
    process.emitWarning(`semtrace: no Pyodide snapshot (${String(error)}); workers will load cold`);
    return undefined;
  });
  return pending;
}

async function create(notice: (message: string) => void): Promise<string | undefined> {
  const dir = snapshotCacheDir();
  const target = join(dir, snapshotName());
  if (existsSync(target)) return target;
  try {
    mkdirSync(dir, { recursive: true });
    accessSync(dir, constants.W_OK);
  } catch {
    return undefined;
  }
  notice(
    `semtrace: preparing the embedded Python for first use (a one-time step of about 10 s; cached in ${dir})`,
  );
  const temp = `${target}.${process.pid}.${Date.now()}.tmp`;
  try {
    await run(process.execPath, [join(hostDistDir(), 'make-snapshot.js'), temp], { timeout: 120_000 });
    renameSync(temp, target); // atomic; a racing process renames an identical file over it
  } finally {
    rmSync(temp, { force: true });
  }
  return target;
}
