/**
 * A planned chunk as plain data, small enough for a job queue: its source programs and the keys of the
 * items planning kept (the rest were duplicates of earlier chunks' items). Another machine re-plans the
 * sources with the same configuration and gets the same items (planning is deterministic).
 */
import type { SourceProgram } from '../sources/index.js';
import type { BuildConfig } from './config.js';
import { planProgram, type WorkItem } from './plan.js';
import type { PlannedChunk } from './planned-chunks.js';

export interface ChunkPayload {
  index: number;
  sources: SourceProgram[];
  /** Dedupe keys of the chunk's items, in order. */
  keys: string[];
}

export function chunkPayload(chunk: PlannedChunk): ChunkPayload {
  return { index: chunk.index, sources: chunk.sources, keys: chunk.items.map((item) => item.key) };
}

export async function chunkFromPayload(payload: ChunkPayload, config: BuildConfig): Promise<PlannedChunk> {
  const wanted = new Set(payload.keys);
  const items: WorkItem[] = [];
  for (const source of payload.sources) {
    const plan = await planProgram(source, config);
    if ('problem' in plan) throw new Error(`internal: source ${source.sourceId} no longer plans`);
    for (const item of plan.items) {
      // Planning kept the first item with a key and dropped the later ones.
      if (!wanted.has(item.key)) continue;
      wanted.delete(item.key);
      items.push(item);
    }
  }
  const keys = items.map((item) => item.key);
  if (keys.length !== payload.keys.length || keys.some((key, i) => key !== payload.keys[i])) {
    throw new Error(
      `internal: chunk ${payload.index} re-planned to other items (another semtrace version or corpus reader?)`,
    );
  }
  return { index: payload.index, items, sources: payload.sources };
}
