/**
 * Crash-safe file writes: the bytes go to a temporary name in the same directory, are fsync'd, and only
 * then renamed to the final name. A final name therefore never holds a half-written file, whatever
 * moment the process dies at; at worst a `.tmp-` file is left behind.
 */
import { createHash } from 'node:crypto';
import { mkdir, open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** The temporary name a file is written under before it is renamed to `path`. */
export function temporaryPathFor(path: string): string {
  return join(dirname(path), `.tmp-${basename(path)}`);
}

export interface WrittenFile {
  bytes: number;
  sha256: string;
}

/** Makes a rename durable: without syncing the directory a crash can forget the new name. */
async function syncDirectory(dir: string): Promise<void> {
  try {
    const handle = await open(dir, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // Some platforms (Windows) cannot open a directory for syncing; the rename is still atomic there.
  }
}

/** Writes `chunks` to `path` through a synced temporary file and returns the size and sha256. */
export async function writeFileAtomic(
  path: string,
  chunks: readonly (Uint8Array | string)[],
): Promise<WrittenFile> {
  const dir = dirname(path);
  await mkdir(dir, { recursive: true });
  const temporary = temporaryPathFor(path);
  const hash = createHash('sha256');
  let bytes = 0;
  const handle = await open(temporary, 'w');
  try {
    for (const chunk of chunks) {
      const data = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
      await handle.write(data);
      hash.update(data);
      bytes += data.byteLength;
    }
    await handle.sync();
    await handle.close();
    await rename(temporary, path);
  } catch (error) {
    await handle.close().catch(() => undefined);
    await rm(temporary, { force: true });
    throw error;
  }
  await syncDirectory(dir);
  return { bytes, sha256: hash.digest('hex') };
}

/** Writes `value` as pretty JSON (2-space indent, trailing newline) atomically: for manifests and state files. */
export async function writeJsonAtomic(path: string, value: unknown): Promise<WrittenFile> {
  return writeFileAtomic(path, [`${JSON.stringify(value, null, 2)}\n`]);
}
