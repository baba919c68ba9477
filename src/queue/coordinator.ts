/**
 * `semtrace build --queue`: the coordinator. It plans exactly as a local build does, puts one job per
 * unfinished chunk on the queue of the build's backend (at most `window` at once, so Redis holds little),
 * waits for the chunk files the workers write into the shared output folder, and assembles shards and
 * manifest with the local build's code. Rerun after a crash, it finds the finished chunks and the jobs
 * still queued (same job ids) and goes on; jobs Redis lost (a restart without persistence) are added again.
 */
import { rm } from 'node:fs/promises';
import { resolve } from 'node:path';
import { Queue, QueueEvents } from 'bullmq';
import { assembleDataset } from '../dataset/build/assemble.js';
import type { BuildResult, BuildRunOptions } from '../dataset/build/build.js';
import { chunkPayload } from '../dataset/build/chunk-payload.js';
import { ChunkStore } from '../dataset/build/chunk-store.js';
import { configHash, resolveConfig } from '../dataset/build/config.js';
import { scanFinishedChunks } from '../dataset/build/finished-chunks.js';
import {
  chunkDirOf,
  claimWorkDir,
  prepareOutput,
  readManifest,
  sameConfig,
  workDirOf,
} from '../dataset/build/output-dir.js';
import { buildPlanning } from '../dataset/build/planning.js';
import { silentProgress } from '../dataset/build/progress.js';
import { createEngine } from '../engine/engine.js';
import { SemtraceError } from '../errors.js';
import {
  type ChunkJobData,
  type ChunkJobResult,
  chunkJobId,
  JOB_ATTEMPTS,
  JOB_OPTIONS,
  QUEUE_PREFIX,
  queueNameFor,
} from './chunk-job.js';
import { assertReachable, parseQueueUrl } from './connection.js';

export interface QueueBuildOptions extends BuildRunOptions {
  /** redis://HOST:PORT/DB */
  queue: string;
  /** Most chunk jobs on the queue at once (default 64; a few per worker process keeps them all busy). */
  window?: number;
  /** How often every outstanding job is checked, besides the completion events (default 3000 ms). */
  reconcileMs?: number;
  /** Queue and worker status lines (about every 10 s). */
  log?: (line: string) => void;
}

interface Outstanding {
  id: string;
  data: ChunkJobData;
  items: number;
}

const STATUS_EVERY_MS = 10_000;

export async function buildOnQueue(options: QueueBuildOptions): Promise<BuildResult> {
  const config = resolveConfig(options);
  const out = resolve(options.out);
  const target = parseQueueUrl(options.queue);
  await assertReachable(target);
  const existing = await readManifest(out);
  if (existing && sameConfig(existing.config, config) && !options.overwrite) {
    return { manifest: existing, alreadyBuilt: true };
  }
  await prepareOutput(out, Boolean(existing), options.overwrite ?? false);
  const startedAt = new Date();
  // The fingerprint names the Python the records come from: asked of this machine's engine, and every
  // worker checks its own against it.
  const probe = await createEngine({
    backend: config.backend,
    limits: config.limits,
    workers: 1,
    ...(options.warn ? { warn: options.warn } : {}),
  });
  const engineInfo = probe.info;
  await probe.close();
  const fingerprint = configHash(config, engineInfo.python);
  const chunkSize = await claimWorkDir(
    workDirOf(out),
    config,
    engineInfo.python,
    options.chunkSize,
    options.overwrite ?? false,
  );
  const store = new ChunkStore(chunkDirOf(out));
  await store.create();
  const planning = await buildPlanning(config, chunkSize);

  const { headers, total, ...counted } = await scanFinishedChunks(planning().chunks, store);
  let { doneItems, kept } = counted;
  const resumedChunks = headers.size;
  const progress = options.progress ?? silentProgress;
  progress.start(total, doneItems);
  let progressShown = true;
  const stopProgress = () => {
    if (progressShown) progress.stop();
    progressShown = false;
  };

  const queue = new Queue<ChunkJobData, ChunkJobResult>(queueNameFor(config.backend), {
    connection: target.connection,
    prefix: QUEUE_PREFIX,
  });
  const events = new QueueEvents(queueNameFor(config.backend), {
    connection: target.connection,
    prefix: QUEUE_PREFIX,
  });
  queue.on('error', () => {});
  events.on('error', () => {});
  const outstanding = new Map<number, Outstanding>();
  const window = options.window ?? 64;
  const reconcileMs = options.reconcileMs ?? 3_000;
  let wake: (() => void) | null = null;
  const completedIds = new Set<string>();
  events.on('completed', ({ jobId }) => {
    completedIds.add(jobId);
    wake?.();
  });
  let lastReconcile = 0;
  let lastStatus = performance.now();

  /** Adds the job unless the queue has it; retries it when it failed (a rerun after fixing the cause). */
  async function enqueue(job: Outstanding): Promise<void> {
    const state = await queue.getJobState(job.id);
    if (state === 'failed') {
      await (await queue.getJob(job.id))?.retry('failed');
    } else if (state === 'unknown') {
      await queue.add('chunk', job.data, { ...JOB_OPTIONS, jobId: job.id });
    }
  }

  async function finished(chunk: number, job: Outstanding): Promise<boolean> {
    const header = await store.header(chunk);
    if (!header) return false;
    outstanding.delete(chunk);
    headers.set(chunk, header);
    doneItems += job.items;
    kept += header.samples;
    progress.update(doneItems, kept);
    return true;
  }

  /** Every outstanding job: finished (its file is there), lost (Redis forgot it: add it again), or failed. */
  async function reconcile(): Promise<void> {
    lastReconcile = performance.now();
    for (const [chunk, job] of [...outstanding]) {
      // The state first: a job completes (and is removed) only after its file is written.
      const state = await queue.getJobState(job.id);
      if (await finished(chunk, job)) continue;
      if (state === 'unknown') {
        await queue.add('chunk', job.data, { ...JOB_OPTIONS, jobId: job.id });
      } else if (state === 'failed') {
        const failed = await queue.getJob(job.id);
        if (failed && failed.attemptsMade >= JOB_ATTEMPTS) {
          throw new SemtraceError(
            'SEMTRACE_QUEUE_JOB_FAILED',
            `chunk ${chunk} failed ${failed.attemptsMade} times, last: ${failed.failedReason}; fix the cause and run the same command again (it retries failed chunks), or see \`semtrace queue status --queue ${target.url}\``,
          );
        }
      }
    }
  }

  async function reportStatus(): Promise<void> {
    if (!options.log || performance.now() - lastStatus < STATUS_EVERY_MS) return;
    lastStatus = performance.now();
    const counts = await queue.getJobCounts('waiting', 'active', 'delayed', 'failed');
    const workers = await queue.getWorkersCount();
    options.log(
      `queue: ${headers.size} chunks done, ${counts.active ?? 0} running, ${(counts.waiting ?? 0) + (counts.delayed ?? 0)} waiting, ${counts.failed ?? 0} failed; ${workers} worker connection(s) alive`,
    );
  }

  /** Waits for a completion event or the reconcile interval, then takes in what finished. */
  async function settle(): Promise<void> {
    await new Promise<void>((done) => {
      const timer = setTimeout(done, reconcileMs);
      wake = () => {
        clearTimeout(timer);
        done();
      };
    });
    wake = null;
    for (const id of [...completedIds]) {
      completedIds.delete(id);
      for (const [chunk, job] of outstanding) if (job.id === id) await finished(chunk, job);
    }
    if (performance.now() - lastReconcile >= reconcileMs) await reconcile();
    await reportStatus();
  }

  try {
    await events.waitUntilReady();
    const main = planning();
    for await (const chunk of main.chunks) {
      if (headers.has(chunk.index)) continue;
      const job: Outstanding = {
        id: chunkJobId(fingerprint, chunk.index),
        data: { out, fingerprint, config, chunk: chunkPayload(chunk) },
        items: chunk.items.length,
      };
      outstanding.set(chunk.index, job);
      await enqueue(job);
      while (outstanding.size >= window) await settle();
    }
    await reconcile();
    while (outstanding.size > 0) await settle();
    stopProgress();
    const manifest = await assembleDataset({
      out,
      config,
      store,
      headers: [...headers.values()],
      planning: main.stats,
      problems: main.problems,
      engine: engineInfo,
      startedAt,
      resumedChunks,
    });
    await rm(workDirOf(out), { recursive: true, force: true });
    return { manifest, alreadyBuilt: false };
  } finally {
    stopProgress();
    await events.close();
    await queue.close();
  }
}
