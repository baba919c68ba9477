/**
 * The engine: a pool of sandboxed workers of one backend behind one interface. `run` answers one
 * request; `runMany` streams any number of requests through the pool with bounded memory.
 */
import { availableParallelism } from 'node:os';
import { SemtraceError } from '../errors.js';
import { backendLauncher, type LaunchSpecFactory } from './backends.js';
import { type IsolationDemand, type IsolationProbes, resolveIsolation } from './isolation.js';
import { DEFAULT_LIMITS, resolveLimits, toWireRequest } from './limits.js';
import { resolvePython } from './native/resolve-python.js';
import { WorkerPool } from './pool/pool.js';
import type { WireLimits } from './protocol.js';
import type { BackendName, IsolationLevel, RunLimits, RunRequest, RunResult } from './types.js';

/**
 * Requests `runMany` keeps ahead per worker: enough that the pool can send each trust domain's programs to
 * the worker that holds it warm while the other workers take other domains (see pool/pick-job.ts).
 */
const WINDOW_PER_WORKER = 8;

export interface EngineOptions {
  /** `pyodide` (embedded default, nothing to install) or `native` (a CPython on this machine). */
  backend?: BackendName;
  /** Native backend: the Python to run (a name on PATH or a path). Default `python3`. */
  python?: string;
  /** Worker processes. Default: one per core. */
  workers?: number;
  /** Default `auto`: strict where bubblewrap works, else basic with one warning. */
  isolation?: IsolationDemand;
  /** Defaults for every request; a request's own limits override them. */
  limits?: RunLimits;
  /** Where warnings go. Default: stderr. */
  warn?: (message: string) => void;
  /** Replace what the machine is probed for (tests use it to hide bubblewrap or Landlock). */
  isolationProbes?: Partial<IsolationProbes>;
}

export interface EngineInfo {
  backend: BackendName;
  isolation: IsolationLevel;
  python: string;
  workers: number;
}

/** How many runs this engine made, and how many of them shared a warm interpreter with earlier runs of
 * their trust domain (native; the Pyodide backend does not report it). */
export interface EngineRunCounts {
  runs: number;
  warm: number;
}

export interface RunManyOptions {
  /** Yield results in input order (default) or as they finish. */
  ordered?: boolean;
}

export interface IndexedResult {
  index: number;
  result: RunResult;
}

export class Engine {
  private readonly pool: WorkerPool;
  private readonly limits: WireLimits;
  private python = '';
  private closed = false;
  private readonly counts: EngineRunCounts = { runs: 0, warm: 0 };

  private constructor(
    readonly backend: BackendName,
    readonly isolation: IsolationLevel,
    launch: LaunchSpecFactory,
    workers: number,
    limits: WireLimits,
  ) {
    this.pool = new WorkerPool({ size: workers, launch });
    this.limits = limits;
  }

  static async create(options: EngineOptions = {}): Promise<Engine> {
    const backend = options.backend ?? 'pyodide';
    const warn = options.warn ?? ((message: string) => process.stderr.write(`${message}\n`));
    const isolation = resolveIsolation(options.isolation ?? 'auto', {
      backend,
      python: backend === 'native' ? resolvePython(options.python).executable : undefined,
      warn,
      probes: options.isolationProbes,
    });
    const workers = Math.max(1, Math.floor(options.workers ?? availableParallelism()));
    const launch = await backendLauncher(backend, isolation, options.python, warn);
    const engine = new Engine(
      backend,
      isolation,
      launch,
      workers,
      resolveLimits(DEFAULT_LIMITS, options.limits),
    );
    try {
      engine.python = (await engine.pool.start()).python;
    } catch (error) {
      await engine.pool.close();
      throw error;
    }
    return engine;
  }

  get info(): EngineInfo {
    return { backend: this.backend, isolation: this.isolation, python: this.python, workers: this.pool.size };
  }

  get runCounts(): EngineRunCounts {
    return { ...this.counts };
  }

  /** Start all workers now (otherwise they start on first use). */
  async warmUp(): Promise<void> {
    await this.pool.warmAll();
  }

  async run(request: RunRequest): Promise<RunResult> {
    if (this.closed)
      throw new SemtraceError('SEMTRACE_ENGINE_CLOSED', 'this engine was closed; create a new one');
    const wire = toWireRequest(request, this.limits);
    const submitted = performance.now();
    const answer = await this.pool.submit(wire);
    this.counts.runs += 1;
    if (answer.warm) this.counts.warm += 1;
    return {
      ...answer.result,
      python: this.python,
      backend: this.backend,
      isolation: this.isolation,
      timings: { totalMs: round(performance.now() - submitted), runMs: round(answer.runMs) },
    };
  }

  /**
   * Run many requests through the pool. At most `WINDOW_PER_WORKER × workers` requests are taken from `requests`
   * ahead of the consumer, so a huge (or endless) source never fills memory.
   */
  async *runMany(
    requests: Iterable<RunRequest> | AsyncIterable<RunRequest>,
    options: RunManyOptions = {},
  ): AsyncGenerator<IndexedResult> {
    const ordered = options.ordered ?? true;
    const window = this.pool.size * WINDOW_PER_WORKER;
    const inFlight = new Map<number, Promise<IndexedResult>>();
    const done = new Map<number, IndexedResult>();
    let nextToYield = 0;
    let index = 0;
    const iterator = toAsyncIterator(requests);
    let exhausted = false;
    while (!exhausted || inFlight.size > 0 || done.size > 0) {
      while (!exhausted && inFlight.size + done.size < window) {
        const next = await iterator.next();
        if (next.done) {
          exhausted = true;
          break;
        }
        const position = index++;
        inFlight.set(
          position,
          this.run(next.value).then((result) => ({ index: position, result })),
        );
      }
      if (ordered && done.has(nextToYield)) {
        const ready = done.get(nextToYield)!;
        done.delete(nextToYield++);
        yield ready;
        continue;
      }
      if (inFlight.size === 0) break;
      const finished = await Promise.race(inFlight.values());
      inFlight.delete(finished.index);
      if (ordered) done.set(finished.index, finished);
      else yield finished;
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    await this.pool.close();
  }
}

/** Create an engine; `await engine.close()` when done. */
export function createEngine(options: EngineOptions = {}): Promise<Engine> {
  return Engine.create(options);
}

function round(ms: number): number {
  return Math.round(ms * 1000) / 1000;
}

function toAsyncIterator<T>(source: Iterable<T> | AsyncIterable<T>): AsyncIterator<T> {
  if (Symbol.asyncIterator in source) return (source as AsyncIterable<T>)[Symbol.asyncIterator]();
  const sync = (source as Iterable<T>)[Symbol.iterator]();
  return { next: async () => sync.next() };
}
