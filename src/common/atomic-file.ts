/**
 * Crash-safe file writes: the bytes go to a temporary name in the same directory, are fsync'd, and only
 * then renamed to the final name. A final name therefore never holds a half-written file, whatever
 * moment the process dies at; at worst a `.tmp-` file is left behind.
 */
import { createHash, randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, mkdirSync, openSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { type FileHandle, mkdir, open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

export interface AtomicFileOptions {
  /**
   * A temporary name unique to this process and call, for files that several processes (machines
   * sharing a folder) may write at once; by default the temporary name is fixed, so a rerun finds and
   * replaces what a killed run left.
   */
  uniqueTemporary?: boolean;
}

/** The temporary name a file is written under before it is renamed to `path`. */
export function temporaryPathFor(path: string, options: AtomicFileOptions = {}): string {
  const unique = options.uniqueTemporary ? `.${process.pid}.${randomBytes(4).toString('hex')}` : '';
  return join(dirname(path), `.tmp-${basename(path)}${unique}`);
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

/**
 * A file written piece by piece under its temporary name, counted and hashed as it goes; it appears
 * under its final name only on commit(). The temporary file is created at the first append (or at
 * commit), so a file that is discarded before any bytes arrive never touches the disk.
 */
export interface AtomicFile {
  /** Appends bytes (strings as UTF-8) to the temporary file. */
  append(chunk: Uint8Array | string): Promise<void>;
  /** Syncs and closes the temporary file, renames it to the final name and syncs the directory. */
  commit(): Promise<WrittenFile>;
  /** Closes and removes the temporary file. Safe to call at any time, and more than once. */
  discard(): Promise<void>;
}

export function createAtomicFile(path: string, options: AtomicFileOptions = {}): AtomicFile {
  const dir = dirname(path);
  const temporary = temporaryPathFor(path, options);
  const hash = createHash('sha256');
  let bytes = 0;
  let handle: FileHandle | undefined;
  let state: 'writing' | 'committed' | 'discarded' = 'writing';
  // Operations run one after another, so discard() waits for an append in flight and cannot race the
  // creation of the temporary file.
  let queue: Promise<unknown> = Promise.resolve();

  function serialize<T>(task: () => Promise<T>): Promise<T> {
    const next = queue.then(task);
    queue = next.catch(() => undefined);
    return next;
  }

  function ensureWriting(): void {
    if (state !== 'writing') throw new Error(`${temporary} was already ${state}`);
  }

  async function opened(): Promise<FileHandle> {
    if (!handle) {
      await mkdir(dir, { recursive: true });
      handle = await open(temporary, 'w');
    }
    return handle;
  }

  async function remove(): Promise<void> {
    const open = handle;
    handle = undefined;
    await open?.close().catch(() => undefined);
    await rm(temporary, { force: true });
  }

  return {
    append: (chunk) =>
      serialize(async () => {
        ensureWriting();
        const data = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
        await (await opened()).write(data);
        hash.update(data);
        bytes += data.byteLength;
      }),
    commit: () =>
      serialize(async () => {
        ensureWriting();
        try {
          const file = await opened();
          await file.sync();
          handle = undefined;
          await file.close();
          await rename(temporary, path);
        } catch (error) {
          state = 'discarded';
          await remove();
          throw error;
        }
        state = 'committed';
        await syncDirectory(dir);
        return { bytes, sha256: hash.digest('hex') };
      }),
    discard: () =>
      serialize(async () => {
        if (state === 'committed') return;
        state = 'discarded';
        await remove();
      }),
  };
}

/** Writes `chunks` to `path` through a synced temporary file and returns the size and sha256. */
export async function writeFileAtomic(
  path: string,
  chunks: readonly (Uint8Array | string)[],
  options: AtomicFileOptions = {},
): Promise<WrittenFile> {
  const file = createAtomicFile(path, options);
  try {
    for (const chunk of chunks) await file.append(chunk);
    return await file.commit();
  } catch (error) {
    await file.discard();
    throw error;
  }
}

/** Writes `value` as pretty JSON (2-space indent, trailing newline) atomically: for manifests and state files. */
export async function writeJsonAtomic(path: string, value: unknown): Promise<WrittenFile> {
  return writeFileAtomic(path, [`${JSON.stringify(value, null, 2)}\n`]);
}

/**
 * The synchronous form, for small files written between requests (cache entries, run state): the same
 * temporary name, fsync and rename. The temporary name is unique per process and call, because two
 * runs sharing a cache may write the same key at once.
 */
export function writeFileAtomicSync(path: string, data: string | Uint8Array): void {
  const dir = dirname(path);
  mkdirSync(dir, { recursive: true });
  const temporary = join(dir, `.tmp-${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}`);
  try {
    const descriptor = openSync(temporary, 'w');
    try {
      writeFileSync(descriptor, data);
      fsyncSync(descriptor);
    } finally {
      closeSync(descriptor);
    }
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}
