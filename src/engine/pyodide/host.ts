/**
 * The Pyodide worker process. Its main thread speaks the worker line protocol on stdin/stdout and
 * supervises one interpreter thread: it stops runs that overstay their time (interrupt, then
 * terminate), watches the process's memory, and replaces the thread after a crash, a kill, or a run
 * that left the interpreter in a state the harness cannot restore. Every request gets one answer.
 */
import { createInterface } from 'node:readline';
import { Worker } from 'node:worker_threads';
import { failureResult } from '../pool/failure.js';
import type { WireRequest, WorkerReadyLine, WorkerRequestLine } from '../protocol.js';
import { resultProblem } from '../result-check.js';
import type { RunResultCore, RunStatus } from '../types.js';
import type { ThreadData, ThreadMessage, ThreadRequest } from './interpreter-thread.js';

/** After the time limit, user code gets this long to let KeyboardInterrupt end it before the thread is killed. */
const GRACE_MS = 300;
const INTERRUPT_REPEAT_MS = 10;
const MEMORY_POLL_MS = 20;
/** Python's default recursion limit must end in RecursionError, not in a JS stack overflow. */
const THREAD_STACK_MB = 256;
const SIGINT = 2;

interface InFlight {
  id: number;
  request: WireRequest;
  timers: NodeJS.Timeout[];
}

function argValue(name: string): string | undefined {
  const index = process.argv.indexOf(name);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

const snapshotPath = argValue('--snapshot');
const interruptBuffer = new SharedArrayBuffer(4);
const interrupt = new Int32Array(interruptBuffer);

let thread: Worker | undefined;
let threadReady = false;
let announced = false;
let baselineRss = 0;
let inFlight: InFlight | undefined;
let closing = false;
let failedStarts = 0;
const queue: WorkerRequestLine[] = [];

function write(line: object | string): void {
  process.stdout.write(`${typeof line === 'string' ? line : JSON.stringify(line)}\n`);
}

/** The result JSON comes from Python already serialised: splice it in rather than parse it again. */
function answerJson(id: number, resultJson: string, recycled: boolean): void {
  write(`{"id":${id},"result":${resultJson}${recycled ? ',"recycled":true' : ''}}`);
}

function answer(id: number, result: RunResultCore, recycled: boolean): void {
  answerJson(id, JSON.stringify(result), recycled);
}

function startThread(): void {
  const data: ThreadData = { interruptBuffer, ...(snapshotPath ? { snapshotPath } : {}) };
  const worker = new Worker(new URL('./interpreter-thread.js', import.meta.url), {
    workerData: data,
    resourceLimits: { stackSizeMb: THREAD_STACK_MB },
    stdout: true,
    stderr: true,
  });
  thread = worker;
  threadReady = false;
  Atomics.store(interrupt, 0, 0);
  // Pyodide's own chatter is not part of the protocol: it goes to stderr.
  worker.stdout.pipe(process.stderr);
  worker.stderr.pipe(process.stderr);
  worker.on('message', (message: ThreadMessage) => {
    if (worker === thread) onMessage(message);
  });
  worker.on('error', (error) => {
    if (worker === thread) lose(`${error.name}: ${error.message}`);
  });
  worker.on('exit', (code) => {
    if (worker === thread) lose(`interpreter thread exited (code ${code})`);
  });
}

function onMessage(message: ThreadMessage): void {
  if (message.type === 'ready') {
    threadReady = true;
    failedStarts = 0;
    baselineRss = process.memoryUsage().rss;
    if (!announced) {
      announced = true;
      const ready: WorkerReadyLine = { ready: true, python: message.python, implementation: 'CPython' };
      write(ready);
      process.stderr.write(`semtrace pyodide host: interpreter ready in ${message.loadMs.toFixed(0)} ms\n`);
    }
    pump();
    return;
  }
  const current = inFlight;
  if (message.type === 'crash' && message.id === null) {
    lose(message.message);
    return;
  }
  if (!current || message.id !== current.id) return;
  finishRun();
  if (message.type === 'result') {
    // Checked here, outside the interpreter thread: a result that cannot be this program's trace was
    // forged, and the interpreter that produced it is not trusted again.
    const problem = resultProblem(parseOrUndefined(message.json), current.request);
    if (problem) {
      answer(
        current.id,
        failureResult('error', 'InvalidResult', `the worker's result was refused: ${problem}`),
        true,
      );
      recycle();
    } else {
      answerJson(current.id, message.json, message.reset);
    }
  } else {
    answer(current.id, failureResult('error', 'InterpreterCrash', message.message), true);
    recycle();
  }
  pump();
}

/** The thread died or failed to load: answer the run it had, and start another. */
function lose(reason: string): void {
  const current = inFlight;
  if (current) {
    finishRun();
    answer(current.id, failureResult('error', 'InterpreterCrash', reason), true);
  }
  if (!threadReady && ++failedStarts >= 3) {
    process.stderr.write(`semtrace pyodide host: the interpreter does not start: ${reason}\n`);
    for (const request of queue.splice(0)) {
      answer(request.id, failureResult('error', 'InterpreterCrash', reason), true);
    }
    process.exit(1);
  }
  recycle();
  pump();
}

function recycle(): void {
  const old = thread;
  thread = undefined;
  threadReady = false;
  if (old) void old.terminate();
  if (!closing) startThread();
}

function parseOrUndefined(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** Stop the run from outside the interpreter (it overstayed its time, or memory ran out). */
function kill(status: RunStatus): void {
  const current = inFlight;
  if (!current) return;
  finishRun();
  answer(current.id, failureResult(status), true);
  recycle();
  pump();
}

function finishRun(): void {
  if (inFlight) for (const timer of inFlight.timers) clearTimeout(timer);
  inFlight = undefined;
  Atomics.store(interrupt, 0, 0);
}

function pump(): void {
  if (closing && !inFlight && queue.length === 0) {
    void thread?.terminate();
    process.exit(0);
  }
  if (inFlight || !threadReady || !thread) return;
  const next = queue.shift();
  if (!next) return;
  const limits = next.request.limits;
  const timeoutMs = limits?.timeoutMs ?? 5000;
  const memoryBytes = limits?.memoryBytes ?? 512 * 1024 * 1024;
  const timers: NodeJS.Timeout[] = [];
  inFlight = { id: next.id, request: next.request, timers };
  Atomics.store(interrupt, 0, 0);
  timers.push(
    setTimeout(() => {
      // User code may catch KeyboardInterrupt, so keep raising it until the grace runs out.
      Atomics.store(interrupt, 0, SIGINT);
      timers.push(setInterval(() => Atomics.store(interrupt, 0, SIGINT), INTERRUPT_REPEAT_MS));
      timers.push(setTimeout(() => kill('timeout'), GRACE_MS));
    }, timeoutMs),
    // Worker resourceLimits do not bound wasm memory (nor does the in-memory file system): watch RSS.
    setInterval(() => {
      if (process.memoryUsage().rss > baselineRss + memoryBytes) kill('memory_limit');
    }, MEMORY_POLL_MS),
  );
  const { domain, ...wire } = next.request;
  const message: ThreadRequest = {
    id: next.id,
    request: JSON.stringify(wire),
    ...(domain !== undefined ? { domain } : {}),
  };
  thread.postMessage(message);
}

function onLine(line: string): void {
  if (!line.trim()) return;
  let parsed: WorkerRequestLine;
  try {
    parsed = JSON.parse(line) as WorkerRequestLine;
  } catch {
    process.stderr.write(`semtrace pyodide host: ignoring a line that is not JSON: ${line.slice(0, 200)}\n`);
    return;
  }
  queue.push(parsed);
  pump();
}

const input = createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY });
input.on('line', onLine);
input.on('close', () => {
  closing = true;
  pump();
});
startThread();
