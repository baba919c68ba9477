/**
 * The retry policy, as pure functions: which failures are worth another attempt, and how long to wait.
 * Kept apart from the HTTP code so every rule is tested without a server.
 */
import { APIConnectionError, APIConnectionTimeoutError, APIError } from 'openai';
import type { RetryOptions } from './types.js';

/**
 * `rate_limit`, `server`, `timeout`, `connection`: transient, retried with backoff.
 * `garbage`: the server answered 200 with an unusable body; retried a few times.
 * `rejected`: the server refused this request (400, 413, 422…): the item records the error.
 * `fatal`: no request can succeed (bad key, unknown model or route): the whole run stops.
 */
export type FailureKind =
  | 'rate_limit'
  | 'server'
  | 'timeout'
  | 'connection'
  | 'garbage'
  | 'rejected'
  | 'fatal';

export interface Failure {
  kind: FailureKind;
  message: string;
  status?: number;
  /** What the server asked for in Retry-After, in milliseconds from now. */
  retryAfterMs?: number;
}

/** A 200 answer whose body is not a usable completion (not JSON, no choices, no text). */
export class GarbageResponseError extends Error {
  override name = 'GarbageResponseError';
}

/** Retry-After is either delay-seconds or an HTTP date (RFC 9110 §10.2.3). */
export function parseRetryAfter(value: string | null | undefined, now: number): number | undefined {
  if (value == null || value.trim() === '') return undefined;
  const trimmed = value.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Math.round(Number(trimmed) * 1000);
  const date = Date.parse(trimmed);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, date - now);
}

const RETRYABLE_CLIENT_STATUSES = new Set([408, 409, 425]);
const FATAL_STATUSES = new Set([401, 403, 404]);

export function classifyFailure(error: unknown, now: number = Date.now()): Failure {
  if (error instanceof GarbageResponseError || error instanceof SyntaxError) {
    return { kind: 'garbage', message: `unusable response body: ${error.message}` };
  }
  if (error instanceof APIConnectionTimeoutError) return { kind: 'timeout', message: 'request timed out' };
  if (error instanceof APIConnectionError) {
    const cause = error.cause instanceof Error ? `: ${error.cause.message}` : '';
    return { kind: 'connection', message: `connection failed${cause}` };
  }
  if (error instanceof APIError && typeof error.status === 'number') {
    const status = error.status;
    const message = `HTTP ${status}: ${error.message}`;
    const retryAfterMs = parseRetryAfter(error.headers?.get('retry-after'), now);
    const withDelay = retryAfterMs === undefined ? {} : { retryAfterMs };
    if (status === 429) return { kind: 'rate_limit', message, status, ...withDelay };
    if (status >= 500 || RETRYABLE_CLIENT_STATUSES.has(status)) {
      return { kind: 'server', message, status, ...withDelay };
    }
    if (FATAL_STATUSES.has(status)) return { kind: 'fatal', message, status };
    return { kind: 'rejected', message, status };
  }
  // Anything else (a bug, an unexpected throw) is not retried: hiding it behind retries helps nobody.
  return { kind: 'rejected', message: error instanceof Error ? error.message : String(error) };
}

/** Exponential backoff with jitter: a uniform draw in [half, full] of base·2^(attempt-1), capped. */
export function backoffMs(
  attempt: number,
  options: RetryOptions,
  random: () => number = Math.random,
): number {
  const full = Math.min(options.maxDelayMs, options.baseDelayMs * 2 ** Math.max(0, attempt - 1));
  return Math.round(full / 2 + random() * (full / 2));
}

/**
 * How long to wait before the next attempt, or null to give up. `attempt` counts the attempts so far
 * that count against this failure's limit (all of them; for garbage, the garbage answers). A Retry-After from the server wins
 * over our own backoff (capped at maxDelayMs so a hostile header cannot stall a run for hours).
 */
export function delayBeforeRetry(
  failure: Failure,
  attempt: number,
  options: RetryOptions,
  random: () => number = Math.random,
): number | null {
  if (failure.kind === 'fatal' || failure.kind === 'rejected') return null;
  const limit = failure.kind === 'garbage' ? options.garbageAttempts : options.maxAttempts;
  if (attempt >= limit) return null;
  if (failure.retryAfterMs !== undefined) return Math.min(failure.retryAfterMs, options.maxDelayMs);
  return backoffMs(attempt, options, random);
}
