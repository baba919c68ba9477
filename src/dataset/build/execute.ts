/**
 * Execution: every planned item runs traced in the engine. Results come back in order, so chunks finish
 * in order; when a chunk's last traced result arrives, the determinism check runs the chunk's candidates
 * once more (untraced, another seed), and the chunk is finalized and saved. The engine takes only a few
 * requests ahead, so memory holds one chunk's runs at a time, however large the corpus.
 */
import type { Engine } from '../../engine/engine.js';
import type { RunRequest, RunResult } from '../../engine/types.js';
import type { BuildConfig } from './config.js';
import { filterReason } from './filter.js';
import type { ItemRun } from './finalize-chunk.js';
import type { WorkItem } from './plan.js';
import type { PlannedChunk } from './planned-chunks.js';

/** Seed of the determinism check's second run (the first uses the engine's default, 0). */
const REPEAT_SEED = 1;

interface Pending {
  chunk: PlannedChunk;
  runs: ItemRun[];
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
  const order: { pending: Pending; item: WorkItem }[] = [];
  let next = 0;

  async function* requests(): AsyncGenerator<RunRequest> {
    for await (const chunk of chunks) {
      const entry: Pending = { chunk, runs: [] };
      pending.push(entry);
      for (const item of chunk.items) {
        order.push({ pending: entry, item });
        yield requestFor(item);
      }
    }
  }

  async function flushFinished(): Promise<void> {
    while (
      pending.length > 0 &&
      (pending[0] as Pending).runs.length === (pending[0] as Pending).chunk.items.length
    ) {
      const done = pending.shift() as Pending;
      if (config.checkDeterminism) await repeatCandidates(engine, done.runs, config);
      await hooks.onChunk(done.chunk, done.runs);
    }
  }

  for await (const { index, result } of engine.runMany(requests(), { ordered: true })) {
    if (index !== next) throw new Error(`engine results out of order: got ${index}, expected ${next}`);
    next += 1;
    const slot = order.shift() as (typeof order)[number];
    slot.pending.runs.push({ item: slot.item, result });
    hooks.onResult();
    await flushFinished();
  }
  // Chunks with nothing to run (every item deduplicated, or none planned) finish here.
  await flushFinished();
}

/**
 * The determinism check's second runs, only for runs that would otherwise be kept: a run already stopped
 * by a limit is filtered whatever its second run does (and an endless loop untraced would only wait for
 * the clock). The traced runs still in flight keep the workers busy meanwhile.
 */
async function repeatCandidates(engine: Engine, runs: ItemRun[], config: BuildConfig): Promise<void> {
  const candidates = runs.filter((run) => filterReason(run.result, undefined, config) === null);
  const order = repeatOrder(candidates.map((run) => run.item.sourceId));
  const repeats = order.map((at) => {
    const { item } = candidates[at] as ItemRun;
    return { ...requestFor(item), trace: false, seed: REPEAT_SEED, domain: `repeat:${item.sourceId}` };
  });
  for await (const { index, result } of engine.runMany(repeats, { ordered: true })) {
    (candidates[order[index] as number] as ItemRun).repeat = result as RunResult;
  }
}

/**
 * The order of the determinism check's second runs (indices into `sourceIds`, one per candidate): each
 * source's candidates together, in reverse. They run in a fresh trust domain of their own (not the one
 * their traced runs shared), so every program's second run comes after other programs than its first
 * did — after the ones that followed it, not the ones before it. State a program left behind that the
 * restore missed then changes one of the two results, and the check drops the sample, as a fresh process
 * per repeat would, at the cost of one process per source instead of one per run.
 */
export function repeatOrder(sourceIds: readonly string[]): number[] {
  const bySource = new Map<string, number[]>();
  sourceIds.forEach((id, at) => {
    const group = bySource.get(id);
    if (group) group.push(at);
    else bySource.set(id, [at]);
  });
  return [...bySource.values()].flatMap((group) => group.reverse());
}

function requestFor(item: WorkItem): RunRequest {
  // A source program with its mutants and inputs is one trust domain: a hostile source can only poison
  // its own samples (which the determinism check then drops), and they share a warm interpreter.
  const request: RunRequest = {
    code: item.code,
    mode: item.mode,
    trace: true,
    domain: `source:${item.sourceId}`,
  };
  if (item.input.call !== undefined) request.call = item.input.call;
  if (item.input.stdin !== undefined) request.stdin = item.input.stdin;
  return request;
}
