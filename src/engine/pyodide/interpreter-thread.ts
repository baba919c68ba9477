/**
 * The worker thread that owns the embedded interpreter. It loads Pyodide (from a memory snapshot when
 * the host has one, else cold), installs the harness, then seals the interpreter off from JavaScript:
 * the bridge gate closes (compiled Python can no longer call into JS), file writes are confined to
 * the writable folders, and an image of the whole interpreter is taken. Requests are exchanged as
 * files in the in-memory file system and run with `PyRun_SimpleString`, so no JS value ever crosses
 * into Python after boot.
 *
 * Trust domains: runs of one named domain share the interpreter, with the harness's cheap per-run
 * restore in between; before a run of any other domain (and after every run that names none, or
 * that the harness could not restore) the image is put back. The host, not this thread, enforces
 * time and memory: it interrupts and terminates this thread.
 */
import { constants as fsConstants, readFileSync } from 'node:fs';
import { constants as osConstants } from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';
import { loadPyodide } from 'pyodide';
import { failureResult } from '../pool/failure.js';
import { BridgeGate } from './bridge-gate.js';
import { confineWrites, type EmscriptenFs } from './fs-confine.js';
import { loadHarness, type PyodideLike, readHarness } from './harness-files.js';
import { type EmscriptenModule, type FsOps, type ImageFs, MemoryImage } from './memory-image.js';

export interface ThreadData {
  snapshotPath?: string;
  interruptBuffer: SharedArrayBuffer;
}

/** A run the host posts to this thread. */
export interface ThreadRequest {
  id: number;
  /** The wire request, as JSON. */
  request: string;
  /** The trust domain; absent: a domain of its own. */
  domain?: string;
}

/** Messages this thread posts to the host. */
export type ThreadMessage =
  | { type: 'ready'; python: string; loadMs: number; imageBytes: number }
  /** `reset`: the interpreter was put back to its image after this run because the run left it dirty. */
  | { type: 'result'; id: number; json: string; reset: boolean; resetMs: number }
  | { type: 'crash'; id: number | null; message: string };

/** Where requests and results are exchanged with the harness (it reads and writes these files). */
const IO_DIR = '/semtrace-io';
const REQUEST_FILE = `${IO_DIR}/request.json`;
const RESULT_FILE = `${IO_DIR}/result.json`;
const SCRATCH = '/tmp/semtrace-run';

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

interface Sealed {
  module: EmscriptenModule & {
    _PyRun_SimpleString(code: number): number;
    stringToNewUTF8(text: string): number;
  };
  fs: ImageFs & {
    writeFile(path: string, data: string): void;
    readFile(path: string, o: object): string;
    mkdirTree(path: string): void;
  };
  image: MemoryImage;
  /** C strings of the two entry points: run with the per-run restore (shared domain), or without. */
  entryShared: number;
  entryFresh: number;
}

const gate = new BridgeGate();
gate.install();

async function start(): Promise<Sealed> {
  allowConstantsBinding();
  const started = performance.now();
  const quiet = () => {};
  const options = {
    env: { PYTHONHASHSEED: '0' },
    stdout: quiet,
    stderr: quiet,
    // Reading the real stdin would read the host's protocol pipe: programs see end of file.
    stdin: () => null,
    ...(data.snapshotPath ? { _loadSnapshot: readFileSync(data.snapshotPath) } : {}),
  };
  const py = (await loadPyodide(options as Parameters<typeof loadPyodide>[0])) as unknown as PyodideLike;
  const python = loadHarness(py, readHarness());
  py.setInterruptBuffer(new Int32Array(data.interruptBuffer));
  const module = py._module as Sealed['module'];
  const fs = py.FS as unknown as Sealed['fs'];
  // Not through runPython: install() empties the bridge modules, Pyodide's own runner among them.
  if (
    module._PyRun_SimpleString(
      module.stringToNewUTF8('import semtrace_pyodide\nsemtrace_pyodide.install()'),
    ) !== 0
  )
    throw new Error('installing the harness failed');
  fs.mkdirTree(IO_DIR);
  // Allocated before the image is taken, so every reset keeps them.
  const entryShared = module.stringToNewUTF8("__import__('semtrace_pyodide').serve(True)");
  const entryFresh = module.stringToNewUTF8("__import__('semtrace_pyodide').serve(False)");
  gate.close();
  const own = { unlink: fs.unlink, rmdir: fs.rmdir, lstat: fs.lstat, mkdir: fs.mkdir } as FsOps;
  confineWrites(fs as unknown as EmscriptenFs, ['/tmp', IO_DIR]);
  const image = new MemoryImage(module, fs, { wiped: ['/tmp', IO_DIR], scratch: SCRATCH }, own);
  post({ type: 'ready', python, loadMs: performance.now() - started, imageBytes: image.size });
  return { module, fs, image, entryShared, entryFresh };
}

function describe(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}`;
  const errno = (error as { errno?: unknown } | null)?.errno;
  if (errno !== undefined) return `file system error (errno ${String(errno)})`;
  return String(error);
}

let sealed: Sealed | undefined;
/** Whether the interpreter is exactly its image (just booted or just reset). */
let pristine = true;
let currentDomain: string | undefined;
/** Whether the current request has been answered (a failure after that is not the program's). */
let answered = false;
/** How long the reset before the current run took (reported with its result). */
let lastResetMs = 0;

function reset(state: Sealed): number {
  const started = performance.now();
  state.image.restore();
  pristine = true;
  currentDomain = undefined;
  lastResetMs = performance.now() - started;
  return lastResetMs;
}

function runOne(state: Sealed, message: ThreadRequest): void {
  const domain = message.domain;
  if (!pristine && (domain === undefined || domain !== currentDomain)) reset(state);
  else if (!pristine) lastResetMs = 0;
  const resetMs = lastResetMs;
  pristine = false;
  currentDomain = domain;
  state.image.prepareRun();
  for (const file of [RESULT_FILE, REQUEST_FILE]) {
    try {
      // Never answer with an earlier run's result; and the request file gets the same inode every run.
      (state.fs.unlink as (path: string) => void)(file);
    } catch {
      // none yet
    }
  }
  state.fs.writeFile(REQUEST_FILE, message.request);
  // A JS exception here (a wasm trap, a JS stack overflow, the closed bridge) leaves the JS side in an
  // unknown state: the host throws this thread away.
  state.module._PyRun_SimpleString(domain === undefined ? state.entryFresh : state.entryShared);
  if (gate.violation) throw new Error(`the program reached the JavaScript bridge (${gate.violation})`);
  let answer: string;
  try {
    answer = state.fs.readFile(RESULT_FILE, { encoding: 'utf8' });
  } catch {
    // The harness did not get to write its answer (an interrupt outside user code, a broken stdlib).
    const failure = failureResult('error', 'HarnessError', 'the harness wrote no result');
    answer = `1${JSON.stringify(failure)}`;
  }
  const dirty = answer.startsWith('1');
  // Once answered, the next request can only be of another domain (or cannot be trusted to share):
  // reset now, while the host forwards the result.
  post({ type: 'result', id: message.id, json: answer.slice(1), reset: dirty, resetMs });
  answered = true;
  if (dirty || domain === undefined) reset(state);
}

port.on('message', (message: ThreadRequest) => {
  if (!sealed) {
    post({ type: 'crash', id: message.id, message: 'interpreter not loaded' });
    return;
  }
  answered = false;
  try {
    runOne(sealed, message);
  } catch (error) {
    // Failing after the answer (in the reset) still needs a new thread before the next request.
    post({ type: 'crash', id: answered ? null : message.id, message: describe(error) });
    sealed = undefined; // never run anything in this thread again
  }
});

start().then(
  (state) => {
    sealed = state;
  },
  (error: unknown) =>
    post({ type: 'crash', id: null, message: `loading Pyodide failed: ${describe(error)}` }),
);
