/** The part of an evaluation's configuration a resumed run must share, and checks of the numbers a user typed. Pure. */
import { createHash } from 'node:crypto';
import { SemtraceError } from '../../errors.js';
import type { EvalConfig } from '../types.js';

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
