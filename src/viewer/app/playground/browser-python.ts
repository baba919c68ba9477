/**
 * Runs programs in the browser through the Pyodide worker, with the engine's request rules (limits
 * resolved by src/engine/limits.ts). Time limits work as in the engine's host: the interrupt buffer
 * raises KeyboardInterrupt at the deadline; a program that ignores it loses its worker, which restarts.
 */
import { DEFAULT_LIMITS, toWireRequest } from '../../../engine/limits.js';
import type { RunRequest, RunResult, RunResultCore } from '../../../engine/types.js';
import type { FromWorker, ToWorker } from './worker-protocol.js';

const GRACE_MS = 500;
const INTERRUPT_REPEAT_MS = 10;
const SIGINT = 2;

interface Pending {
  resolve: (result: RunResult) => void;
  reject: (error: Error) => void;
  started: number;
  timers: ReturnType<typeof setTimeout>[];
}

export class BrowserPython {
  private worker: Worker | undefined;
  private ready: Promise<string> | undefined;
  private interrupt: Int32Array | undefined;
  private pending = new Map<number, Pending>();
  private nextId = 1;

  /** Loads Python (once); resolves to its version. */
  start(): Promise<string> {
    if (this.ready) return this.ready;
    const worker = new Worker(new URL('./pyodide-worker.ts', import.meta.url), { type: 'module' });
    this.worker = worker;
    // SharedArrayBuffer exists only in a cross-origin isolated page (our server sends the headers).
    const buffer =
      typeof SharedArrayBuffer === 'function' && crossOriginIsolated ? new SharedArrayBuffer(4) : null;
    this.interrupt = buffer ? new Int32Array(buffer) : undefined;
    this.ready = new Promise((resolve, reject) => {
      worker.onmessage = (event: MessageEvent<FromWorker>) => {
        const message = event.data;
        if (message.type === 'ready') resolve(message.python);
        else if (message.type === 'failed' && message.id === null) reject(new Error(message.message));
        else this.answer(message);
      };
      worker.onerror = (event) => reject(new Error(event.message || 'the Python worker failed to start'));
    });
    worker.postMessage({ type: 'start', interruptBuffer: buffer } satisfies ToWorker);
    return this.ready;
  }

  async run(request: RunRequest): Promise<RunResult> {
    const wire = toWireRequest(request, DEFAULT_LIMITS);
    const python = await this.start();
    const id = this.nextId++;
    const worker = this.worker!;
    if (this.interrupt) Atomics.store(this.interrupt, 0, 0);
    const core = await new Promise<RunResultCore & { ms: number }>((resolve, reject) => {
      const pending: Pending = { resolve: resolve as never, reject, started: performance.now(), timers: [] };
      this.pending.set(id, pending);
      pending.timers.push(setTimeout(() => this.interruptLoop(id), wire.limits.timeoutMs));
      pending.timers.push(setTimeout(() => this.abandon(id), wire.limits.timeoutMs + GRACE_MS));
      worker.postMessage({ type: 'run', id, request: JSON.stringify(wire) } satisfies ToWorker);
    });
    const { ms, ...result } = core;
    return { ...result, python, backend: 'pyodide', isolation: 'basic', timings: { totalMs: ms, runMs: ms } };
  }

  private interruptLoop(id: number): void {
    const pending = this.pending.get(id);
    if (!pending || !this.interrupt) return;
    Atomics.store(this.interrupt, 0, SIGINT);
    pending.timers.push(setTimeout(() => this.interruptLoop(id), INTERRUPT_REPEAT_MS));
  }

  /** The program ignored the interrupt: answer `timeout` and throw the worker away. */
  private abandon(id: number): void {
    const pending = this.pending.get(id);
    if (!pending) return;
    this.finish(id);
    this.restart();
    const empty = {
      stdout: '',
      stderr: '',
      returnRepr: null,
      returnType: null,
      exception: null,
      steps: [],
      stepCount: 0,
    };
    pending.resolve({ status: 'timeout', ...empty, ms: performance.now() - pending.started } as never);
  }

  private answer(message: FromWorker): void {
    if (message.type === 'ready' || message.id === null) return;
    const pending = this.pending.get(message.id);
    if (!pending) return;
    this.finish(message.id);
    if (message.type === 'failed') {
      this.restart();
      pending.reject(new Error(message.message));
      return;
    }
    // A run that changed what cannot be put back gets a fresh interpreter next time, as in the engine.
    if (message.dirty) this.restart();
    pending.resolve({
      ...(JSON.parse(message.json) as RunResultCore),
      ms: performance.now() - pending.started,
    } as never);
  }

  private finish(id: number): void {
    const pending = this.pending.get(id);
    for (const timer of pending?.timers ?? []) clearTimeout(timer);
    this.pending.delete(id);
    if (this.interrupt) Atomics.store(this.interrupt, 0, 0);
  }

  private restart(): void {
    this.worker?.terminate();
    this.worker = undefined;
    this.ready = undefined;
    for (const [id, pending] of this.pending) {
      this.finish(id);
      pending.reject(new Error('the Python worker was restarted'));
    }
  }
}

export const browserPython = new BrowserPython();
