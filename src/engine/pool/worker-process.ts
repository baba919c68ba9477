/**
 * One worker process (either backend) seen from the parent: start it, wait until it is ready, send
 * one request at a time, and turn every way it can fail (crash, hang, garbage) into a result, so a
 * program submitted to a worker is always answered, never lost.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { SemtraceError } from '../../errors.js';
import type { WireRequest, WorkerReadyLine, WorkerResultLine } from '../protocol.js';
import type { RunResultCore } from '../types.js';
import { failureResult } from './failure.js';

export interface LaunchSpec {
  command: string;
  args: string[];
  env: Record<string, string>;
  cwd?: string;
}

export interface WorkerAnswer {
  result: RunResultCore;
  /** The worker process is gone (crashed, killed or recycled) and must be replaced. */
  workerLost: boolean;
  runMs: number;
  /** The program shared a warm interpreter with earlier programs of its trust domain. */
  warm?: boolean;
}

/** How long past a program's own time limit the parent waits before it kills the whole worker. */
const HARD_DEADLINE_SLACK_MS = 5_000;
const START_TIMEOUT_MS = 60_000;
const STDERR_KEEP = 4_000;

export class WorkerProcess {
  private readonly child: ChildProcess;
  private pending?: { id: number; resolve: (line: WorkerResultLine | null) => void };
  private nextId = 1;
  private exited = false;
  private stderrTail = '';
  readonly ready: Promise<WorkerReadyLine>;

  constructor(spec: LaunchSpec) {
    this.child = spawn(spec.command, spec.args, {
      env: spec.env,
      cwd: spec.cwd,
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    this.child.stdin?.on('error', () => {}); // a dead worker is detected through 'exit'
    this.child.stderr?.on('data', (chunk: Buffer) => {
      this.stderrTail = (this.stderrTail + chunk.toString('utf8')).slice(-STDERR_KEEP);
    });
    const lines = createInterface({ input: this.child.stdout!, crlfDelay: Number.POSITIVE_INFINITY });
    this.ready = new Promise<WorkerReadyLine>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.kill();
        reject(this.startError('it did not become ready in time'));
      }, START_TIMEOUT_MS);
      let started = false;
      let rawFor: WorkerResultLine | undefined;
      lines.on('line', (line) => {
        const message = parseLine(line);
        if (!started) {
          started = true;
          clearTimeout(timer);
          if (message && (message as WorkerReadyLine).ready === true) resolve(message as WorkerReadyLine);
          else reject(this.startError(`its first line was not a ready message: ${line.slice(0, 200)}`));
          return;
        }
        const pending = this.pending;
        if (rawFor) {
          // The line after a `raw` header is the result alone, parsed on its own: nothing in it can name
          // another request.
          const header = rawFor;
          rawFor = undefined;
          if (pending && header.id === pending.id && message !== null && typeof message === 'object') {
            this.pending = undefined;
            pending.resolve({ ...header, result: message as WorkerResultLine['result'] });
          }
          return;
        }
        if (!pending) return;
        const answer = message as WorkerResultLine | null;
        if (answer && answer.raw === true) {
          rawFor = answer;
          return;
        }
        if (answer && answer.id === pending.id && answer.result) {
          this.pending = undefined;
          pending.resolve(answer);
        }
      });
      this.child.on('exit', () => {
        this.exited = true;
        clearTimeout(timer);
        if (!started) reject(this.startError('it exited before it was ready'));
        const pending = this.pending;
        this.pending = undefined;
        pending?.resolve(null);
      });
      this.child.on('error', (error) => {
        this.exited = true;
        clearTimeout(timer);
        reject(this.startError(error.message));
      });
    });
    this.ready.catch(() => {}); // callers await it; avoid an unhandled rejection if nobody does
  }

  get alive(): boolean {
    return !this.exited;
  }

  private startError(why: string): SemtraceError {
    const detail = this.stderrTail.trim() ? `\n${this.stderrTail.trim()}` : '';
    return new SemtraceError(
      'SEMTRACE_WORKER_START_FAILED',
      `a worker process failed to start: ${why}${detail}`,
    );
  }

  /** Send one request; resolves with its result, whatever happens to the process. */
  async run(request: WireRequest): Promise<WorkerAnswer> {
    await this.ready;
    const started = performance.now();
    if (this.exited) {
      return {
        result: failureResult('error', 'WorkerCrash', 'the worker process had exited'),
        workerLost: true,
        runMs: 0,
      };
    }
    const id = this.nextId++;
    const hardDeadline = request.limits.timeoutMs + HARD_DEADLINE_SLACK_MS;
    let timedOut = false;
    const answer = await new Promise<WorkerResultLine | null>((resolve) => {
      const timer = setTimeout(() => {
        timedOut = true;
        this.kill();
      }, hardDeadline);
      this.pending = {
        id,
        resolve: (line) => {
          clearTimeout(timer);
          resolve(line);
        },
      };
      this.child.stdin?.write(`${JSON.stringify({ id, request })}\n`);
    });
    const runMs = performance.now() - started;
    if (answer) {
      const warm = answer.warm === true;
      return { result: answer.result, workerLost: answer.retire === true, runMs, ...(warm && { warm }) };
    }
    if (timedOut) return { result: failureResult('timeout'), workerLost: true, runMs };
    const detail = this.stderrTail.trim().split('\n').slice(-3).join(' | ');
    const result = failureResult(
      'error',
      'WorkerCrash',
      `the worker process died while running the program${detail ? `: ${detail}` : ''}`,
    );
    return { result, workerLost: true, runMs };
  }

  kill(): void {
    if (!this.exited) this.child.kill('SIGKILL');
  }
}

function parseLine(line: string): unknown {
  try {
    return JSON.parse(line);
  } catch {
    return null;
  }
}
