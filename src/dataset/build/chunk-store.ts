/**
 * Finished chunks on disk, so a killed build resumes where it stopped. A chunk file is JSON lines: a
 * header (its counts and trace keys), then its samples. It is written under a temporary name, synced and
 * renamed, so a chunk file that exists is complete.
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

  async prepare(): Promise<void> {
    await mkdir(this.dir, { recursive: true });
    for (const name of await readdir(this.dir)) {
      if (name.startsWith('.tmp-')) await rm(join(this.dir, name), { force: true });
    }
  }

  path(chunk: number): string {
    return join(this.dir, `chunk-${String(chunk).padStart(6, '0')}.jsonl`);
  }

  async write(chunk: number, finished: FinishedChunk): Promise<void> {
    const header: ChunkHeader = {
      chunk,
      samples: finished.samples.length,
      stats: finished.stats,
      traceKeys: finished.traceKeys,
    };
    const lines = [JSON.stringify(header), ...finished.samples.map((sample) => JSON.stringify(sample))];
    await writeFileAtomic(this.path(chunk), [`${lines.join('\n')}\n`]);
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
