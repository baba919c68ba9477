/**
 * `semtrace worker`: takes chunk jobs from the queue of its backend, runs each with the local engine
 * pool, writes the finished chunk atomically into the build's output folder (shared by all machines),
 * and completes the job. A worker killed mid-job holds a lock that expires; BullMQ's stalled-job check
 * (run by every live worker) then hands the chunk to another worker. Running a chunk twice is harmless:
 * the chunk file written the second time has the same bytes.
 */
import { hostname } from 'node:os';
import { type Job, Worker } from 'bullmq';
import { chunkFromPayload } from '../dataset/build/chunk-payload.js';
import { ChunkStore } from '../dataset/build/chunk-store.js';
import { configHash } from '../dataset/build/config.js';
import { chunkDirOf } from '../dataset/build/output-dir.js';
import { runChunk } from '../dataset/build/run-chunk.js';
import { createEngine, type Engine } from '../engine/engine.js';
import type { BackendName, RunLimits } from '../engine/types.js';
import { type ChunkJobData, type ChunkJobResult, QUEUE_PREFIX, queueNameFor } from './chunk-job.js';
import { assertReachable, parseQueueUrl } from './connection.js';

export interface QueueWorkerOptions {
  /** redis://HOST:PORT/DB */
  queue: string;
  /** The engine backend this worker runs: it serves the builds made with it. Default pyodide. */
  backend?: BackendName;
  /** Engine worker processes (default: one per core). */
  workers?: number;
  /**
   * Chunk jobs run at once (default 1: the engine pool runs one chunk's programs side by side; two chunks
   * interleaved make the pool switch trust domains more often, which measured no faster).
   */
  concurrency?: number;
  /** How long a job's lock lasts without renewal: a dead worker's chunk is handed on after about this long. */
  lockMs?: number;
  /** How often this worker looks for stalled jobs (of any worker). */
  stalledCheckMs?: number;
  log?: (line: string) => void;
  warn?: (message: string) => void;
}

export interface QueueWorker {
  readonly name: string;
  /** Stops taking jobs, waits for those running, closes the engines. */
  close(): Promise<void>;
}

export async function startQueueWorker(options: QueueWorkerOptions): Promise<QueueWorker> {
  const target = parseQueueUrl(options.queue);
  await assertReachable(target);
  const backend = options.backend ?? 'pyodide';
  const log = options.log ?? (() => {});
  const name = `${hostname()}:${process.pid}`;
  // One engine per set of limits (a build fixes its limits; builds with other limits get their own pool).
  const engines = new Map<string, Promise<Engine>>();
  const engineFor = (limits: RunLimits): Promise<Engine> => {
    const key = JSON.stringify(limits);
    let engine = engines.get(key);
    if (!engine) {
      engine = createEngine({
        backend,
        limits,
        ...(options.workers !== undefined ? { workers: options.workers } : {}),
        ...(options.warn ? { warn: options.warn } : {}),
      });
      engines.set(key, engine);
    }
    return engine;
  };

  async function runJob(job: Job<ChunkJobData, ChunkJobResult>): Promise<ChunkJobResult> {
    const started = performance.now();
    const { out, fingerprint, config, chunk: payload } = job.data;
    const store = new ChunkStore(chunkDirOf(out));
    const done = await store.header(payload.index);
    if (done) {
      return { samples: done.samples, worker: name, ms: 0, alreadyDone: true };
    }
    const engine = await engineFor(config.limits as RunLimits);
    const ours = configHash(config, engine.info.python);
    if (ours !== fingerprint) {
      throw new Error(
        `worker ${name} runs Python ${engine.info.python}, which does not match the build (fingerprint ${fingerprint}); run workers with the coordinator's Python`,
      );
    }
    log(`worker ${name}: chunk ${payload.index} started`);
    const chunk = await chunkFromPayload(payload, config);
    const finished = await runChunk(engine, config, chunk);
    await store.create();
    await store.write(payload.index, finished);
    const ms = Math.round(performance.now() - started);
    log(`worker ${name}: chunk ${payload.index} finished (${finished.samples.length} samples, ${ms} ms)`);
    return { samples: finished.samples.length, worker: name, ms, alreadyDone: false };
  }

  const worker = new Worker<ChunkJobData, ChunkJobResult>(queueNameFor(backend), runJob, {
    connection: target.connection,
    prefix: QUEUE_PREFIX,
    name,
    concurrency: options.concurrency ?? 1,
    lockDuration: options.lockMs ?? 30_000,
    stalledInterval: options.stalledCheckMs ?? 15_000,
    // A chunk whose worker died is handed on; one that kills several workers in a row is failed.
    maxStalledCount: 3,
  });
  worker.on('error', (error) => options.warn?.(`worker ${name}: ${error.message}`));
  worker.on('failed', (job, error) =>
    options.warn?.(`worker ${name}: chunk job ${job?.id ?? '?'} failed: ${error.message}`),
  );
  await worker.waitUntilReady();
  log(`worker ${name}: serving ${backend} builds from ${target.url}`);
  return {
    name,
    async close() {
      await worker.close();
      for (const engine of engines.values()) await (await engine).close();
    },
  };
}
