/** Prometheus metrics of one server (its own registry, so two servers in one process do not mix). */
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import type { RunResult } from '../engine/types.js';

/** Results that mean the engine lost the worker (or its child) and starts another. */
const LOST_WORKER = new Set(['WorkerCrash', 'InterpreterCrash', 'WorkerStartFailed']);

export class ServeMetrics {
  readonly registry = new Registry();
  readonly requests = new Counter({
    name: 'semtrace_http_requests_total',
    help: 'HTTP requests answered, by route and status code',
    labelNames: ['route', 'status'] as const,
    registers: [this.registry],
  });
  readonly latency = new Histogram({
    name: 'semtrace_http_request_duration_seconds',
    help: 'Time from request to the last byte of the answer, by route',
    labelNames: ['route'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60],
    registers: [this.registry],
  });
  readonly queueDepth = new Gauge({
    name: 'semtrace_queue_depth',
    help: 'Engine runs admitted and not yet finished',
    registers: [this.registry],
  });
  readonly inFlight = new Gauge({
    name: 'semtrace_requests_in_flight',
    help: 'Requests being answered',
    registers: [this.registry],
  });
  readonly rejected = new Counter({
    name: 'semtrace_rejected_total',
    help: 'Requests refused with 429, by reason (queue_full, token_busy)',
    labelNames: ['reason'] as const,
    registers: [this.registry],
  });
  readonly runs = new Counter({
    name: 'semtrace_runs_total',
    help: 'Engine runs finished, by result status',
    labelNames: ['status'] as const,
    registers: [this.registry],
  });
  readonly workerRestarts = new Counter({
    name: 'semtrace_worker_restarts_total',
    help: 'Runs after which the engine replaced the worker (a timeout, memory limit or crash ends it)',
    registers: [this.registry],
  });
  readonly testVerdicts = new Counter({
    name: 'semtrace_check_tests_total',
    help: '/v1/check test verdicts (passed, failed, error, timeout)',
    labelNames: ['verdict'] as const,
    registers: [this.registry],
  });

  constructor() {
    collectDefaultMetrics({ register: this.registry, prefix: 'semtrace_' });
  }

  observeRun(result: RunResult): void {
    this.runs.inc({ status: result.status });
    if (
      result.status === 'timeout' ||
      result.status === 'memory_limit' ||
      LOST_WORKER.has(result.exception?.type ?? '')
    )
      this.workerRestarts.inc();
  }
}
