/**
 * One chunk run and finalized on its own (a queue worker's job, or a chunk of a shard): the same
 * execution and finalizing as a local build, so its chunk file is byte for byte the local build's.
 */
import type { Engine } from '../../engine/engine.js';
import type { BuildConfig } from './config.js';
import { executeChunks } from './execute.js';
import { type FinishedChunk, finalizeChunk } from './finalize-chunk.js';
import type { PlannedChunk } from './planned-chunks.js';

/** Cross-chunk trace dedupe happens at assembly (trace-dedupe.ts), so a chunk needs nothing of others. */
const NO_EARLIER_TRACES: ReadonlySet<string> = new Set();

export async function runChunk(
  engine: Engine,
  config: BuildConfig,
  chunk: PlannedChunk,
  onResult: () => void = () => {},
): Promise<FinishedChunk> {
  let finished: FinishedChunk | undefined;
  async function* one() {
    yield chunk;
  }
  await executeChunks(engine, one(), config, {
    onResult,
    async onChunk(_chunk, runs) {
      finished = finalizeChunk(runs, config, NO_EARLIER_TRACES);
    },
  });
  if (!finished) throw new Error(`internal: chunk ${chunk.index} did not finish`);
  return finished;
}
