import { APIConnectionError, APIConnectionTimeoutError, APIError } from 'openai';
import { describe, expect, it } from 'vitest';
import {
  backoffMs,
  classifyFailure,
  delayBeforeRetry,
  GarbageResponseError,
  parseRetryAfter,
} from '../../../src/eval/client/retry-policy.js';
import { DEFAULT_RETRY } from '../../../src/eval/client/types.js';

const options = { ...DEFAULT_RETRY, baseDelayMs: 100, maxDelayMs: 1000, maxAttempts: 4, garbageAttempts: 2 };

function httpError(status: number, retryAfter?: string) {
  const headers = new Headers(retryAfter === undefined ? {} : { 'retry-after': retryAfter });
  return APIError.generate(status, { error: { message: 'x' } }, undefined, headers);
}

describe('Retry-After', () => {
  it('reads delay-seconds and HTTP dates', () => {
    const now = Date.parse('2025-01-01T00:00:00Z');
    expect(parseRetryAfter('3', now)).toBe(3000);
    expect(parseRetryAfter(' 0.5 ', now)).toBe(500);
    expect(parseRetryAfter('Wed, 01 Jan 2025 00:00:07 GMT', now)).toBe(7000);
    expect(parseRetryAfter('Tue, 31 Dec 2024 23:00:00 GMT', now)).toBe(0);
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter(null, now)).toBeUndefined();
  });

  it('wins over the backoff, capped at maxDelayMs', () => {
    const failure = classifyFailure(httpError(429, '0.7'));
    expect(failure).toMatchObject({ kind: 'rate_limit', status: 429, retryAfterMs: 700 });
    expect(delayBeforeRetry(failure, 1, options, () => 0)).toBe(700);
    expect(delayBeforeRetry(classifyFailure(httpError(503, '3600')), 1, options)).toBe(1000);
  });
});

describe('failure classes', () => {
  it('retries rate limits, server errors, timeouts, dropped connections and garbage', () => {
    expect(classifyFailure(httpError(500)).kind).toBe('server');
    expect(classifyFailure(httpError(408)).kind).toBe('server');
    expect(classifyFailure(new APIConnectionTimeoutError()).kind).toBe('timeout');
    expect(classifyFailure(new APIConnectionError({ cause: new Error('socket hang up') }))).toMatchObject({
      kind: 'connection',
      message: 'connection failed: socket hang up',
    });
    expect(classifyFailure(new SyntaxError('Unexpected token')).kind).toBe('garbage');
    expect(classifyFailure(new GarbageResponseError('no choices')).kind).toBe('garbage');
  });

  it('stops the run on a bad key or unknown model, and records a refused request without retrying', () => {
    expect(classifyFailure(httpError(401)).kind).toBe('fatal');
    expect(classifyFailure(httpError(404)).kind).toBe('fatal');
    expect(classifyFailure(httpError(400)).kind).toBe('rejected');
    expect(delayBeforeRetry(classifyFailure(httpError(400)), 1, options)).toBeNull();
    expect(delayBeforeRetry(classifyFailure(httpError(401)), 1, options)).toBeNull();
  });

  it('gives up after maxAttempts, and sooner for garbage', () => {
    const server = classifyFailure(httpError(502));
    expect(delayBeforeRetry(server, 3, options)).not.toBeNull();
    expect(delayBeforeRetry(server, 4, options)).toBeNull();
    const garbage = classifyFailure(new GarbageResponseError('x'));
    expect(delayBeforeRetry(garbage, 1, options)).not.toBeNull();
    expect(delayBeforeRetry(garbage, 2, options)).toBeNull();
  });
});

describe('backoff', () => {
  it('doubles per attempt with jitter in [half, full], capped', () => {
    expect(backoffMs(1, options, () => 0)).toBe(50);
    expect(backoffMs(1, options, () => 1)).toBe(100);
    expect(backoffMs(3, options, () => 0)).toBe(200);
    expect(backoffMs(3, options, () => 1)).toBe(400);
    expect(backoffMs(10, options, () => 1)).toBe(1000);
    for (let i = 0; i < 50; i += 1) {
      const delay = backoffMs(2, options);
      expect(delay).toBeGreaterThanOrEqual(100);
      expect(delay).toBeLessThanOrEqual(200);
    }
  });
});
