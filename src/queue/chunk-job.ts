/**
 * The queue's vocabulary, shared by coordinator, workers and `semtrace queue`: one queue per engine
 * backend (a worker serves the backend it runs), one job per chunk, named so that a job is never added
 * twice for the same chunk of the same build.
 */

import type { ChunkPayload } from '../dataset/build/chunk-payload.js';
import type { BuildConfig } from '../dataset/build/config.js';
import type { BackendName } from '../engine/types.js';

/** Redis key prefix of every BullMQ key semtrace makes (keeps them apart from other BullMQ users). */
export const QUEUE_PREFIX = 'semtrace';

export const BACKENDS: readonly BackendName[] = ['pyodide', 'native'];

export function queueNameFor(backend: BackendName): string {
  return `build-${backend}`;
}

/** Job id = config fingerprint + chunk index: the same chunk of the same build is one job, however often added. */
export function chunkJobId(fingerprint: string, chunk: number): string {
  return `${fingerprint}-${String(chunk).padStart(9, '0')}`;
}

export interface ChunkJobData {
  /** The build's output folder, absolute, at the same path on every machine. */
  out: string;
  /** configHash(config, python): a worker running another Python refuses the job. */
  fingerprint: string;
  config: BuildConfig;
  chunk: ChunkPayload;
}

export interface ChunkJobResult {
  samples: number;
  /** host:pid of the worker process that ran it. */
  worker: string;
  ms: number;
  /** True when the chunk file was already there (a re-delivered job) and nothing was run. */
  alreadyDone: boolean;
}

/** Tries per chunk job before it counts as failed (a crash that kills the worker is a stall, not a try). */
export const JOB_ATTEMPTS = 3;

export const JOB_OPTIONS = {
  attempts: JOB_ATTEMPTS,
  backoff: { type: 'exponential', delay: 2_000 },
  // The chunk file is the record of a finished job; Redis keeps only what is still to do (and failures).
  removeOnComplete: true,
  removeOnFail: false,
} as const;
