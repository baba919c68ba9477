/**
 * The counting pass every build makes before it runs anything: how much work the wanted chunks hold
 * (for progress and ETA), and which of them the chunk store already holds finished, so a rerun after a
 * crash skips them. Shared by a local build and the queue coordinator.
 */
import type { ChunkHeader, ChunkStore } from './chunk-store.js';
import type { PlannedChunk } from './planned-chunks.js';

export interface FinishedChunks {
  /** Finished chunks' headers, by chunk index. */
  headers: Map<number, ChunkHeader>;
  /** Every planned chunk, wanted or not. */
  chunkCount: number;
  /** Items of the wanted chunks, and of those already finished. */
  total: number;
  doneItems: number;
  /** Samples the finished chunks kept. */
  kept: number;
}

export async function scanFinishedChunks(
  chunks: AsyncIterable<PlannedChunk>,
  store: ChunkStore,
  wanted: (chunk: number) => boolean = () => true,
): Promise<FinishedChunks> {
  const headers = new Map<number, ChunkHeader>();
  let chunkCount = 0;
  let total = 0;
  let doneItems = 0;
  for await (const chunk of chunks) {
    chunkCount += 1;
    if (!wanted(chunk.index)) continue;
    total += chunk.items.length;
    const header = await store.header(chunk.index);
    if (header) {
      headers.set(chunk.index, header);
      doneItems += chunk.items.length;
    }
  }
  const kept = [...headers.values()].reduce((sum, header) => sum + header.samples, 0);
  return { headers, chunkCount, total, doneItems, kept };
}
