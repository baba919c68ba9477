/**
 * npm run bench:engine — throughput of the engine on the 800 CRUXEval programs, per backend:
 * traced and untraced programs/s through the same API, with one worker and with all workers, the
 * traced ÷ untraced ratio, cold start to first result, and peak RSS per worker. Against two floors
 * measured in the same run by bench/floors.py: a plain `sys.settrace` loop recording the same per-event
 * data in one python3 process (in-process floor), and the same loop forking per program (fork floor).
 *
 * Usage: npm run bench:engine [-- --data path/to/cruxeval.jsonl] [--backends native,pyodide]
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createEngine } from '../src/engine/engine.js';
import type { BackendName, RunRequest } from '../src/engine/types.js';
import { peakRssOfTree } from './rss.js';

const { values } = parseArgs({
  options: {
    data: {
      type: 'string',
      default: fileURLToPath(new URL('../test/fixtures/cruxeval/cruxeval.jsonl', import.meta.url)),
    },
    backends: { type: 'string', default: 'native,pyodide' },
  },
});

const requests: RunRequest[] = readFileSync(values.data!, 'utf8')
  .split('\n')
  .filter((line) => line.trim())
  .map((line) => JSON.parse(line) as { code: string; input: string })
  .map((item) => ({ code: item.code, call: `f(${item.input})` }));

async function throughput(backend: BackendName, workers: number, trace: boolean, domain?: string) {
  const engine = await createEngine({ backend, workers });
  await engine.warmUp();
  const watch = peakRssOfTree(process.pid);
  const started = performance.now();
  let ok = 0;
  const batch = requests.map((request) => ({ ...request, trace, ...(domain ? { domain } : {}) }));
  for await (const { result } of engine.runMany(batch)) {
    if (result.status === 'ok') ok++;
  }
  const seconds = (performance.now() - started) / 1000;
  const peakWorkerRssMb = watch.stop() / workers;
  await engine.close();
  return { perSecond: requests.length / seconds, ok, peakWorkerRssMb };
}

async function coldStart(backend: BackendName) {
  const started = performance.now();
  const engine = await createEngine({ backend, workers: 1 });
  await engine.run(requests[0]!);
  const ms = performance.now() - started;
  await engine.close();
  return ms;
}

/** The floors: no isolation, no limits, no checks; what the simplest tracer gets on this machine. */
function floors(): { inProcess: number; fork: number } {
  const lines = requests.map((r) => JSON.stringify({ code: r.code, call: r.call })).join('\n');
  const script = fileURLToPath(new URL('./floors.py', import.meta.url));
  return JSON.parse(execFileSync('python3', [script], { input: lines, encoding: 'utf8' })) as {
    inProcess: number;
    fork: number;
  };
}

const cores = availableParallelism();
const floor = floors();
const rows: Record<string, Record<string, string>> = {};
const figures: Record<string, Record<string, number>> = {};
for (const backend of values.backends!.split(',') as BackendName[]) {
  const cold = await coldStart(backend);
  const traced1 = await throughput(backend, 1, true);
  // Every program above is its own trust domain (the default); here they all share one.
  const shared1 = await throughput(backend, 1, true, 'bench');
  const untraced1 = await throughput(backend, 1, false);
  const tracedAll = await throughput(backend, cores, true);
  const untracedAll = await throughput(backend, cores, false);
  figures[backend] = { traced1: traced1.perSecond, tracedAll: tracedAll.perSecond };
  rows[backend] = {
    'cold start → first result (ms)': cold.toFixed(0),
    'traced, 1 worker (programs/s)': traced1.perSecond.toFixed(0),
    'traced, 1 worker, one shared domain (programs/s)': shared1.perSecond.toFixed(0),
    'untraced, 1 worker (programs/s)': untraced1.perSecond.toFixed(0),
    [`traced, ${cores} workers (programs/s)`]: tracedAll.perSecond.toFixed(0),
    [`untraced, ${cores} workers (programs/s)`]: untracedAll.perSecond.toFixed(0),
    'traced, 1 worker ÷ fork floor': (traced1.perSecond / floor.fork).toFixed(2),
    'shared domain, 1 worker ÷ in-process floor': (shared1.perSecond / floor.inProcess).toFixed(2),
    'traced ÷ untraced, 1 worker': (traced1.perSecond / untraced1.perSecond).toFixed(2),
    [`traced ÷ untraced, ${cores} workers`]: (tracedAll.perSecond / untracedAll.perSecond).toFixed(2),
    [`${cores} workers ÷ 1 worker (traced)`]: (tracedAll.perSecond / traced1.perSecond).toFixed(2),
    'peak RSS per worker (MB)': tracedAll.peakWorkerRssMb.toFixed(0),
    'ok results (traced)': `${traced1.ok}/${requests.length}`,
  };
}
console.log(`engine benchmark: ${requests.length} CRUXEval programs, ${cores} cores`);
console.log(
  `floors (plain python3 settrace loop, same per-event data, JSON): in-process ${floor.inProcess.toFixed(0)} programs/s, fork per program ${floor.fork.toFixed(0)} programs/s`,
);
const metrics = Object.keys(Object.values(rows)[0] ?? {});
console.table(
  Object.fromEntries(
    metrics.map((metric) => [
      metric,
      Object.fromEntries(Object.entries(rows).map(([b, r]) => [b, r[metric]])),
    ]),
  ),
);
if (figures.pyodide && figures.native) {
  console.log(
    `pyodide traced ÷ native traced, 1 worker: ${(figures.pyodide.traced1! / figures.native.traced1!).toFixed(2)}`,
  );
  console.log(
    `pyodide traced ÷ native traced, ${cores} workers: ${(figures.pyodide.tracedAll! / figures.native.tracedAll!).toFixed(2)}`,
  );
}
