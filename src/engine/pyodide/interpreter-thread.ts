/**
 * The worker thread that owns the embedded interpreter. It loads Pyodide (from a memory snapshot when
 * the host has one, else cold), installs the per-run isolation, and runs the requests the host posts.
 * The host, not this thread, enforces time and memory: it interrupts and terminates this thread.
 */
import { constants as fsConstants, readFileSync } from 'node:fs';
import { constants as osConstants } from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';
import { loadPyodide } from 'pyodide';
import { loadHarness, type PyodideLike, readHarness } from './harness-files.js';

export interface ThreadData {
  snapshotPath?: string;
  interruptBuffer: SharedArrayBuffer;
}

/** Messages this thread posts to the host. */
export type ThreadMessage =
  | { type: 'ready'; python: string; loadMs: number }
  | { type: 'result'; id: number; json: string; dirty: boolean }
  | { type: 'crash'; id: number | null; message: string };

const data = workerData as ThreadData;
const port = parentPort;
if (!port) throw new Error('interpreter-thread must run as a worker thread');

function post(message: ThreadMessage): void {
  port?.postMessage(message);
}

/**
 * Pyodide's Emscripten runtime reads file-flag constants through `process.binding`, which Node's
 * permission model refuses; hand it the same constants from the public API instead.
 */
function allowConstantsBinding(): void {
  const host = process as unknown as { binding(name: string): unknown };
  const original = host.binding.bind(process);
  host.binding = (name: string) =>
    name === 'constants' ? { fs: fsConstants, os: osConstants } : original(name);
}

async function start(): Promise<(request: string) => string> {
  allowConstantsBinding();
  const started = performance.now();
  const quiet = () => {};
  const options = {
    env: { PYTHONHASHSEED: '0' },
    stdout: quiet,
    stderr: quiet,
    ...(data.snapshotPath ? { _loadSnapshot: readFileSync(data.snapshotPath) } : {}),
  };
  const py = (await loadPyodide(options)) as unknown as PyodideLike;
  const python = loadHarness(py, readHarness());
  py.setInterruptBuffer(new Int32Array(data.interruptBuffer));
  // Only a reference to the entry point survives on the JS side; install() cuts the JS bridge out of
  // sys.modules, so nothing after this point may import through Pyodide's Python modules.
  const harness = py.pyimport('semtrace_pyodide') as { install(): (request: string) => string };
  const runJson = harness.install();
  post({ type: 'ready', python, loadMs: performance.now() - started });
  return runJson;
}

function describe(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}`;
  return String(error);
}

let runJson: ((request: string) => string) | undefined;
port.on('message', (message: { id: number; request: string }) => {
  if (!runJson) {
    post({ type: 'crash', id: message.id, message: 'interpreter not loaded' });
    return;
  }
  try {
    const answer = runJson(message.request);
    post({ type: 'result', id: message.id, json: answer.slice(1), dirty: answer.startsWith('1') });
  } catch (error) {
    // A wasm trap or a JS stack overflow leaves the interpreter unusable; the host recycles this thread.
    post({ type: 'crash', id: message.id, message: describe(error) });
  }
});

start().then(
  (entry) => {
    runJson = entry;
  },
  (error: unknown) =>
    post({ type: 'crash', id: null, message: `loading Pyodide failed: ${describe(error)}` }),
);
