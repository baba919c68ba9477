/**
 * A fixed number of worker slots fed from one queue. A slot whose process died, or that retired itself
 * because a program changed it, is refilled before its next program; the program that was running when
 * it died has already been answered.
 */
import type { WireRequest } from '../protocol.js';
import { failureResult } from './failure.js';
import { pickJob } from './pick-job.js';
import type { LaunchSpec, WorkerAnswer } from './worker-process.js';
import { WorkerProcess } from './worker-process.js';

export interface PoolOptions {
  size: number;
  /** Builds the command for a new worker (called for each start and restart). */
  launch: () => Promise<LaunchSpec>;
}

interface Job {
  request: WireRequest;
  resolve: (answer: WorkerAnswer) => void;
}

export class WorkerPool {
  private readonly slots: (WorkerProcess | undefined)[];
  private readonly idle: number[] = [];
  private readonly lastDomain: (string | undefined)[];
  private readonly queue: Job[] = [];
  private closed = false;
  private firstReady?: Promise<{ python: string }>;

  constructor(private readonly options: PoolOptions) {
    this.slots = new Array(options.size).fill(undefined);
    this.lastDomain = new Array(options.size).fill(undefined);
    for (let index = 0; index < options.size; index++) this.idle.push(index);
  }

  /** Start one worker (to learn the Python version and fail fast on a bad setup). */
  async start(): Promise<{ python: string }> {
    if (!this.firstReady) {
      this.firstReady = (async () => {
        const worker = await this.workerFor(0);
        const ready = await worker.ready;
        return { python: ready.python };
      })();
    }
    return this.firstReady;
  }

  /** Start every slot's worker now instead of on first use. */
  async warmAll(): Promise<void> {
    await Promise.all(this.slots.map((_, index) => this.workerFor(index).then((worker) => worker.ready)));
  }

  get size(): number {
    return this.slots.length;
  }

  submit(request: WireRequest): Promise<WorkerAnswer> {
    if (this.closed) {
      return Promise.resolve({
        result: failureResult('error', 'EngineClosed', 'the engine was closed'),
        workerLost: false,
        runMs: 0,
      });
    }
    return new Promise<WorkerAnswer>((resolve) => {
      this.queue.push({ request, resolve });
      this.dispatch();
    });
  }

  private dispatch(): void {
    while (this.idle.length > 0 && this.queue.length > 0) {
      const [slot, at] = pickJob(this.queue, this.idle, this.lastDomain);
      const job = this.queue.splice(at, 1)[0]!;
      this.idle.splice(this.idle.indexOf(slot), 1);
      const domain = job.request.domain;
      if (domain !== undefined) this.lastDomain[slot] = domain;
      void this.runOn(slot, job);
    }
  }

  private async workerFor(slot: number): Promise<WorkerProcess> {
    const current = this.slots[slot];
    if (current?.alive) return current;
    const spec = await this.options.launch();
    const worker = new WorkerProcess(spec);
    this.slots[slot] = worker;
    return worker;
  }

  private async runOn(slot: number, job: Job): Promise<void> {
    let answer: WorkerAnswer;
    try {
      const worker = await this.workerFor(slot);
      answer = await worker.run(job.request);
      if (answer.workerLost) {
        // Forget it now: its exit may not have been seen yet, and the next program must not go to it.
        worker.kill();
        this.slots[slot] = undefined;
      }
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      answer = { result: failureResult('error', 'WorkerStartFailed', message), workerLost: true, runMs: 0 };
      this.slots[slot] = undefined;
    }
    job.resolve(answer);
    this.idle.push(slot);
    if (!this.closed) this.dispatch();
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const job of this.queue.splice(0)) {
      job.resolve({
        result: failureResult('error', 'EngineClosed', 'the engine was closed'),
        workerLost: false,
        runMs: 0,
      });
    }
    for (const worker of this.slots) worker?.kill();
  }
}
