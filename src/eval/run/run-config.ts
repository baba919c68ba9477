/** The configuration of one evaluation run, and the part of it a resumed run must share. Pure. */
import { createHash } from 'node:crypto';
import type { BackendName } from '../../engine/types.js';
import { SemtraceError } from '../../errors.js';
import type { TaskName } from '../../tasks/types.js';
import type { ApiKind, RetryOptions, SamplingParams } from '../client/types.js';

export interface EvalConfig {
  task: TaskName;
  /** A JSONL file or a built dataset folder (see src/tasks). */
  data: string;
  split?: string;
  limit?: number;
  model: string;
  baseURL: string;
  api: ApiKind;
  /** Name of the environment variable holding the key (never the key itself: run.json is shared). */
  apiKeyEnv: string;
  sampling: SamplingParams;
  cot: boolean;
  fewShot: boolean;
  /** A user's template file instead of the shipped one. */
  template?: string;
  /** Requests in flight at once. */
  concurrency: number;
  /** Engine backend for the answer checks. */
  backend: BackendName;
  /** Engine workers for the checks. */
  workers: number;
  outDir: string;
  /** Response cache folder, or null for no cache. */
  cacheDir: string | null;
  retry?: Partial<RetryOptions>;
  /** pass@k values reported besides pass@1 (those above n are left out). */
  ks: number[];
}

/**
 * What makes two runs' results comparable: the task, the model and everything it was asked and how.
 * The base URL is left out (a server restarted on another port serves the same model), and so are the
 * limit and concurrency (a run may be resumed with more items or more parallelism).
 */
export function runFingerprint(config: EvalConfig, templateText: string): string {
  const parts = [
    config.task,
    config.data,
    config.split ?? null,
    config.model,
    config.api,
    config.sampling,
    createHash('sha256').update(templateText).digest('hex'),
  ];
  return createHash('sha256').update(JSON.stringify(parts)).digest('hex').slice(0, 16);
}

/** Checks the numbers a user typed, with messages that name the flag. */
export function validateEvalConfig(config: EvalConfig): void {
  const bad = (message: string) => new SemtraceError('SEMTRACE_BAD_OPTION', message);
  const { sampling } = config;
  if (!Number.isInteger(sampling.n) || sampling.n < 1) throw bad('--n must be a whole number ≥ 1');
  if (sampling.temperature !== undefined && !(sampling.temperature >= 0 && sampling.temperature <= 2)) {
    throw bad('--temperature must be between 0 and 2');
  }
  if (sampling.topP !== undefined && !(sampling.topP > 0 && sampling.topP <= 1)) {
    throw bad('--top-p must be greater than 0 and at most 1');
  }
  if (sampling.maxTokens !== undefined && !(Number.isInteger(sampling.maxTokens) && sampling.maxTokens > 0)) {
    throw bad('--max-tokens must be a whole number ≥ 1');
  }
  if (sampling.seed !== undefined && !Number.isInteger(sampling.seed))
    throw bad('--seed must be a whole number');
  if (!Number.isInteger(config.concurrency) || config.concurrency < 1) {
    throw bad('--concurrency must be a whole number ≥ 1');
  }
}
