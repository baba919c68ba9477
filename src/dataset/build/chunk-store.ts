/**
 * Finished chunks on disk, so a killed build resumes where it stopped. A chunk file is JSON lines: a
 * header (its counts and trace keys), then its samples. It is written under a temporary name, synced and
 * renamed, so a chunk file that exists is complete. The temporary name is unique to the writer: on a
 * queue build, two machines may write the same chunk at once (a stalled job handed to a second worker
 * while the first still runs); both write the same bytes, and the last rename wins.
 */
import { mkdir, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileAtomic } from '../../common/atomic-file.js';
import { readTextLines } from '../../common/jsonl.js';
import { parseSampleLine } from '../read/shard-records.js';
import type { Sample } from '../types.js';
import type { FinishedChunk } from './finalize-chunk.js';
import type { ExecutionStats } from './stats.js';

export interface ChunkHeader {
  chunk: number;
  samples: number;
  stats: ExecutionStats;
  traceKeys: string[];
}

export class ChunkStore {
  constructor(readonly dir: string) {}

  /** Makes the folder; leaves what other processes may be writing in it alone. */
  async create(): Promise<void> {
    await mkdir(this.dir, { recursive: true });
  }

  /** Makes the folder and removes temporary files a killed run left (only when no one else writes here). */
  async prepare(): Promise<void> {
    await this.create();
    for (const name of await readdir(this.dir)) {
      if (name.startsWith('.tmp-')) await rm(join(this.dir, name), { force: true });
    }
  }

  path(chunk: number): string {
    return join(this.dir, `chunk-${String(chunk).padStart(6, '0')}.jsonl`);
  }

  async write(chunk: number, finished: FinishedChunk): Promise<ChunkHeader> {
    const header: ChunkHeader = {
      chunk,
      samples: finished.samples.length,
      stats: finished.stats,
      traceKeys: finished.traceKeys,
    };
    const lines = [JSON.stringify(header), ...finished.samples.map((sample) => JSON.stringify(sample))];
    await writeFileAtomic(this.path(chunk), [`${lines.join('\n')}\n`], { uniqueTemporary: true });
    return header;
  }

  /** The header of a finished chunk, or null when the chunk has not finished. */
  async header(chunk: number): Promise<ChunkHeader | null> {
    try {
      for await (const { text } of readTextLines(this.path(chunk), { gzip: false }))
        return JSON.parse(text) as ChunkHeader;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
    return null;
  }

  async *samples(chunk: number): AsyncGenerator<Sample> {
    const path = this.path(chunk);
    for await (const line of readTextLines(path, { gzip: false })) {
      // Line 1 is the header.
      if (line.line > 1 && line.text.length > 0) yield parseSampleLine(path, line);
    }
  }
}
