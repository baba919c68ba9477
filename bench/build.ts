/**
 * npm run bench:build — the dataset builder end to end against the engine alone, in the same run:
 *   1. raw: the engine runs every planned item of the demo corpus (traced), nothing else;
 *   2. pipeline: `buildDataset` on the same corpus and options (planning, execution, filters, renders,
 *      chunk files, shards, manifest), without and with the determinism check's second run;
 *   3. memory: peak RSS of the build process for the demo corpus and for a corpus 10× larger.
 * Target: pipeline overhead (1 − pipeline rate ÷ raw rate) ≤ 25 %; 10× corpus peak RSS within 10 %.
 *
 * Usage: npm run bench:build [-- --backend pyodide|native] [--workers N]
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { buildDataset, demoCorpusPath } from '../src/dataset/build/build.js';
import { resolveConfig } from '../src/dataset/build/config.js';
import { plannedChunks } from '../src/dataset/build/planned-chunks.js';
import { emptyPlanningStats } from '../src/dataset/build/stats.js';
import { createEngine } from '../src/engine/engine.js';
import type { BackendName, RunRequest } from '../src/engine/types.js';

const { values } = parseArgs({
  options: {
    backend: { type: 'string', default: 'pyodide' },
    workers: { type: 'string', default: String(availableParallelism()) },
    child: { type: 'string' },
  },
});
const backend = values.backend as BackendName;
const workers = Number(values.workers);

if (values.child) {
  // Memory probe: one build in this fresh process, then its peak RSS (the workers are separate processes).
  const [corpus, out] = values.child.split('::') as [string, string];
  await buildDataset({
    sources: [corpus],
    out,
    backend,
    workers,
    mutantsPerProgram: 1,
    inputsPerProgram: 0,
    checkDeterminism: false,
  });
  process.stdout.write(JSON.stringify({ maxRssMb: process.resourceUsage().maxRSS / 1024 }));
  process.exit(0);
}

const root = mkdtempSync(join(tmpdir(), 'semtrace-bench-build-'));

async function plannedRequests(): Promise<RunRequest[]> {
  const config = resolveConfig({ demo: true, out: root, backend });
  const requests: RunRequest[] = [];
  const chunks = plannedChunks({
    config,
    paths: [demoCorpusPath()],
    chunkSize: 8,
    stats: emptyPlanningStats(),
    problemList: [],
    maxListedProblems: 0,
  });
  for await (const chunk of chunks) {
    for (const item of chunk.items)
      requests.push({ code: item.code, mode: item.mode, ...item.input, limits: config.limits });
  }
  return requests;
}

async function rawEngine(requests: RunRequest[]): Promise<number> {
  const engine = await createEngine({ backend, workers });
  await engine.warmUp();
  const started = performance.now();
  for await (const _ of engine.runMany(requests)) {
    // results are consumed and dropped: the engine's own throughput
  }
  const seconds = (performance.now() - started) / 1000;
  await engine.close();
  return requests.length / seconds;
}

async function pipeline(checkDeterminism: boolean): Promise<{ perSecond: number; written: number }> {
  const out = join(root, `demo-${checkDeterminism}`);
  const started = performance.now();
  const { manifest } = await buildDataset({ demo: true, out, backend, workers, checkDeterminism });
  const seconds = (performance.now() - started) / 1000;
  return { perSecond: manifest.counts.stages.executed / seconds, written: manifest.counts.stages.written };
}

/** The demo corpus `copies` times, each copy's programs made distinct by a comment line. */
function replicatedCorpus(copies: number): string {
  const dir = join(root, `corpus-x${copies}`);
  for (let copy = 0; copy < copies; copy++) {
    const to = join(dir, `copy${copy}`);
    cpSync(demoCorpusPath(), to, { recursive: true });
    for (const level of readdirSync(to, { withFileTypes: true }).filter((entry) => entry.isDirectory())) {
      for (const name of readdirSync(join(to, level.name)).filter((file) => file.endsWith('.py'))) {
        const path = join(to, level.name, name);
        writeFileSync(path, `# copy ${copy}\n${readFileSync(path, 'utf8')}`);
      }
    }
  }
  return dir;
}

function peakRss(corpus: string): number {
  const out = join(root, `rss-${corpus.split('-').pop()}`);
  mkdirSync(out, { recursive: true });
  const child = spawnSync(
    process.execPath,
    [
      '--import',
      'tsx',
      new URL(import.meta.url).pathname,
      '--backend',
      backend,
      '--workers',
      String(workers),
      '--child',
      `${corpus}::${out}`,
    ],
    { encoding: 'utf8' },
  );
  if (child.status !== 0) throw new Error(`memory probe failed: ${child.stderr}`);
  return (JSON.parse(child.stdout) as { maxRssMb: number }).maxRssMb;
}

const requests = await plannedRequests();
console.log(
  `bench:build — ${backend} backend, ${workers} workers, demo corpus: ${requests.length} planned runs`,
);
const raw = await rawEngine(requests);
const noCheck = await pipeline(false);
const withCheck = await pipeline(true);
const rssSmall = peakRss(replicatedCorpus(1));
const rssLarge = peakRss(replicatedCorpus(10));
rmSync(root, { recursive: true, force: true });

const overhead = (rate: number) => `${((1 - rate / raw) * 100).toFixed(1)} %`;
const rows: [string, string][] = [
  ['engine alone (traced runs/s)', raw.toFixed(1)],
  [
    'pipeline, no determinism check (runs/s)',
    `${noCheck.perSecond.toFixed(1)}  (${noCheck.written} samples)`,
  ],
  ['pipeline overhead, no determinism check', `${overhead(noCheck.perSecond)}  (target ≤ 25 %)`],
  [
    'pipeline with determinism check (runs/s)',
    `${withCheck.perSecond.toFixed(1)}  (${withCheck.written} samples)`,
  ],
  [
    'overhead with determinism check',
    `${overhead(withCheck.perSecond)}  (a second, untraced run of every run that would be kept)`,
  ],
  ['peak RSS of the build process, demo corpus', `${rssSmall.toFixed(0)} MB`],
  [
    'peak RSS, corpus 10× larger',
    `${rssLarge.toFixed(0)} MB  (ratio ${(rssLarge / rssSmall).toFixed(2)}, target ≤ 1.10)`,
  ],
];
const width = Math.max(...rows.map(([name]) => name.length));
for (const [name, value] of rows) console.log(`${name.padEnd(width)}  ${value}`);
