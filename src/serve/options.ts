/** What `semtrace serve` can be told, with the defaults a single machine can hold. */

export interface ServeLimits {
  /** Largest request body in bytes (a batch included). Default 8 MiB. */
  maxBodyBytes: number;
  /** Most requests in one /v1/run/batch. Default 1000. */
  maxBatch: number;
  /** Most tests in one /v1/check. Default 1000. */
  maxTests: number;
  /** Longest per-run timeout a request may ask for. Default 30 000 ms. */
  maxTimeoutMs: number;
  /** Engine runs admitted and not yet finished, over all clients; more is answered 429. Default workers × 256. */
  maxQueuedRuns: number;
  /** Requests one token may have open at once; more is answered 429. Default 64. */
  perTokenConcurrency: number;
}

export function defaultServeLimits(workers: number): ServeLimits {
  return {
    maxBodyBytes: 8 * 1024 * 1024,
    maxBatch: 1000,
    maxTests: 1000,
    maxTimeoutMs: 30_000,
    maxQueuedRuns: Math.max(1000, workers * 256),
    perTokenConcurrency: 64,
  };
}

/** Who a request is: the token's name from the tokens file, or `anonymous` on loopback without tokens. */
export interface Caller {
  name: string;
}
