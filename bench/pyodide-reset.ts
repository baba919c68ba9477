/**
 * npm run bench:pyodide-reset — what the boundary between trust domains costs on the Pyodide
 * backend: one interpreter thread runs the CRUXEval programs (call mode, traced) once with every
 * program in a domain of its own (a whole-interpreter reset after each) and once all in one shared
 * domain (the harness's per-run restore only), and prints the reset's time per run next to the
 * run's own time.
 *
 * Usage: npm run bench:pyodide-reset [-- --count 300]
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { Worker } from 'node:worker_threads';
import { DEFAULT_LIMITS, toWireRequest } from '../src/engine/limits.js';
import type { ThreadMessage, ThreadRequest } from '../src/engine/pyodide/interpreter-thread.js';
import { hostDistDir } from '../src/engine/pyodide/launch.js';
import { ensurePyodideSnapshot } from '../src/engine/pyodide/snapshot.js';

const { values } = parseArgs({ options: { count: { type: 'string', default: '300' } } });
const fixture = fileURLToPath(new URL('../test/fixtures/cruxeval/cruxeval.jsonl', import.meta.url));
const programs = readFileSync(fixture, 'utf8')
  .split('\n')
  .filter((line) => line.trim())
  .slice(0, Number(values.count))
  .map((line) => JSON.parse(line) as { code: string; input: string })
  .map((item) =>
    JSON.stringify(toWireRequest({ code: item.code, call: `f(${item.input})` }, DEFAULT_LIMITS)),
  );

const snapshotPath = await ensurePyodideSnapshot();
const thread = new Worker(new URL('interpreter-thread.js', `file://${hostDistDir()}/`), {
  workerData: { interruptBuffer: new SharedArrayBuffer(4), ...(snapshotPath ? { snapshotPath } : {}) },
  resourceLimits: { stackSizeMb: 256 },
  execArgv: [], // the compiled thread, without this script's TypeScript loader
});

let waiting: ((message: ThreadMessage) => void) | undefined;
thread.on('message', (message: ThreadMessage) => waiting?.(message));
const next = () => new Promise<ThreadMessage>((resolve) => (waiting = resolve));

const ready = await next();
if (ready.type !== 'ready') throw new Error(`the interpreter did not start: ${JSON.stringify(ready)}`);

async function pass(domain: string | undefined) {
  const resets: number[] = [];
  const started = performance.now();
  for (let index = 0; index < programs.length; index++) {
    const message: ThreadRequest = { id: index, request: programs[index]!, ...(domain ? { domain } : {}) };
    const answer = next();
    thread.postMessage(message);
    const result = await answer;
    if (result.type === 'result') resets.push(result.resetMs);
  }
  const seconds = (performance.now() - started) / 1000;
  // The reset after the last run is not reported; the one before the first run did not happen.
  const measured = resets.slice(1);
  measured.sort((a, b) => a - b);
  const mean = measured.reduce((sum, value) => sum + value, 0) / Math.max(1, measured.length);
  return {
    perSecond: programs.length / seconds,
    mean,
    median: measured[Math.floor(measured.length / 2)] ?? 0,
  };
}

const shared = await pass('bench');
const own = await pass(undefined);
await thread.terminate();
console.log(`Pyodide domain reset: ${programs.length} CRUXEval programs, traced, one interpreter thread`);
console.log(
  `image restored per reset: ${((ready as { imageBytes: number }).imageBytes / 2 ** 20).toFixed(1)} MiB`,
);
console.table({
  'one shared domain': {
    'programs/s': shared.perSecond.toFixed(0),
    'reset ms (mean)': shared.mean.toFixed(2),
  },
  'a domain per program': {
    'programs/s': own.perSecond.toFixed(0),
    'reset ms (mean)': own.mean.toFixed(2),
    'reset ms (median)': own.median.toFixed(2),
  },
  'ratio (per program ÷ shared)': { 'programs/s': (own.perSecond / shared.perSecond).toFixed(2) },
});
