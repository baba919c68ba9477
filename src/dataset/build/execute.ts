/**
 * Execution: every planned item runs traced in the engine (and once more untraced with another seed when
 * determinism is checked). Results come back in order, so chunks finish in order and each is finalized
 * and saved the moment its last result arrives. The engine takes only a few requests ahead, so memory
 * holds one chunk's runs at a time, however large the corpus.
 */
import type { Engine } from '../../engine/engine.js';
import type { RunRequest, RunResult } from '../../engine/types.js';
import type { BuildConfig } from './config.js';
import type { ItemRun } from './finalize-chunk.js';
import type { WorkItem } from './plan.js';
import type { PlannedChunk } from './planned-chunks.js';

/** Seed of the determinism check's second run (the first uses the engine's default, 0). */
export const REPEAT_SEED = 1;

interface Pending {
  chunk: PlannedChunk;
  runs: Map<WorkItem, ItemRun>;
  expected: number;
  received: number;
}

export interface ExecuteHooks {
  /** Called in chunk order with every run of the chunk, in item order. */
  onChunk(chunk: PlannedChunk, runs: ItemRun[]): Promise<void>;
  onResult(): void;
}

export async function executeChunks(
  engine: Engine,
  chunks: AsyncIterable<PlannedChunk>,
  config: BuildConfig,
  hooks: ExecuteHooks,
): Promise<void> {
  const pending: Pending[] = [];
  const order: { pending: Pending; item: WorkItem; repeat: boolean }[] = [];
  let next = 0;

  async function* requests(): AsyncGenerator<RunRequest> {
    for await (const chunk of chunks) {
      const entry: Pending = { chunk, runs: new Map(), expected: 0, received: 0 };
      pending.push(entry);
      for (const item of chunk.items) {
        const base = requestFor(item);
        entry.expected += config.checkDeterminism ? 2 : 1;
        order.push({ pending: entry, item, repeat: false });
        yield base;
        if (config.checkDeterminism) {
          order.push({ pending: entry, item, repeat: true });
          yield { ...base, trace: false, seed: REPEAT_SEED };
        }
      }
    }
  }

  async function flushFinished(): Promise<void> {
    while (pending.length > 0 && (pending[0] as Pending).received === (pending[0] as Pending).expected) {
      const done = pending.shift() as Pending;
      const runs = done.chunk.items.map((item) => done.runs.get(item) as ItemRun);
      await hooks.onChunk(done.chunk, runs);
    }
  }

  for await (const { index, result } of engine.runMany(requests(), { ordered: true })) {
    if (index !== next) throw new Error(`engine results out of order: got ${index}, expected ${next}`);
    next += 1;
    const slot = order.shift() as (typeof order)[number];
    record(slot.pending, slot.item, result, slot.repeat);
    if (!slot.repeat) hooks.onResult();
    await flushFinished();
  }
  // Chunks with nothing to run (every item deduplicated, or none planned) finish here.
  await flushFinished();
}

function record(pending: Pending, item: WorkItem, result: RunResult, repeat: boolean): void {
  const run = pending.runs.get(item);
  if (repeat) {
    (run as ItemRun).repeat = result;
  } else {
    pending.runs.set(item, { item, result });
  }
  pending.received += 1;
}

function requestFor(item: WorkItem): RunRequest {
  const request: RunRequest = { code: item.code, mode: item.mode, trace: true };
  if (item.input.call !== undefined) request.call = item.input.call;
  if (item.input.stdin !== undefined) request.stdin = item.input.stdin;
  return request;
}
