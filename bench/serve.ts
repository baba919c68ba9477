/**
 * npm run bench:serve — `semtrace serve` under load on loopback, next to the engine alone in the same
 * run. CRUXEval programs run in call mode (untraced, a trust domain per request, as /v1/run does by
 * default). For concurrency 1, 16 and 64: throughput and p50/p99 latency through HTTP (autocannon
 * against a server in a child process) and through `engine.run` in this process with the same number
 * of requests open, and the ratio. Then 10× the highest concurrency for 30 s: every answer must be 200
 * or 429, none lost (no errors or timeouts), and the server's resident memory is sampled. The server
 * admits 128 runs at once (--max-queue), so the overload meets 429s.
 *
 * Usage: npm run bench:serve [-- --backend native|pyodide] [--workers 2] [--seconds 10] [--overload-seconds 30]
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { createEngine } from '../src/engine/engine.js';
import type { BackendName, RunRequest } from '../src/engine/types.js';

const { values } = parseArgs({
  options: {
    backend: { type: 'string', default: 'native' },
    workers: { type: 'string', default: '2' },
    seconds: { type: 'string', default: '10' },
    'overload-seconds': { type: 'string', default: '30' },
  },
});
const seconds = Number(values.seconds);
const levels = [1, 16, 64];
// Twice the highest level: the levels all fit, and the 10× overload must meet 429s.
const MAX_QUEUE = 128;
const root = new URL('..', import.meta.url);

const records = readFileSync(new URL('test/fixtures/cruxeval/cruxeval.jsonl', root), 'utf8')
  .split('\n')
  .filter((line) => line.trim())
  .slice(0, 200)
  .map((line) => JSON.parse(line) as { code: string; input: string });
const requests: RunRequest[] = records.map((r) => ({ code: r.code, call: `f(${r.input})`, trace: false }));

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

async function engineAlone(concurrency: number) {
  const engine = await createEngine({
    backend: values.backend as BackendName,
    workers: Number(values.workers),
  });
  await engine.warmUp();
  const latencies: number[] = [];
  const until = performance.now() + seconds * 1000;
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < until) {
        const started = performance.now();
        await engine.run(requests[next++ % requests.length]!);
        // Only runs finished inside the window count, as autocannon counts answers.
        if (performance.now() <= until) latencies.push(performance.now() - started);
      }
    }),
  );
  await engine.close();
  latencies.sort((a, b) => a - b);
  return { rps: latencies.length / seconds, p50: percentile(latencies, 50), p99: percentile(latencies, 99) };
}

async function startServer(): Promise<{ url: string; stop: () => Promise<void>; pid: number }> {
  const child = spawn(
    process.execPath,
    [
      fileURLToPath(new URL('dist/cli/main.js', root)),
      'serve',
      '--backend',
      values.backend!,
      '--workers',
      values.workers!,
      '--port',
      '0',
      '--per-token-concurrency',
      '100000',
      '--max-queue',
      String(MAX_QUEUE),
    ],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  let out = '';
  child.stdout.on('data', (chunk) => {
    out += chunk;
  });
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setInterval(() => {
      const match = /listening on (http:\/\/\S+)/.exec(out);
      if (match) {
        clearInterval(timer);
        resolve(match[1]!);
      }
    }, 50);
    child.on('exit', () => reject(new Error(`semtrace serve exited: ${out}`)));
  });
  const exited = new Promise((resolve) => child.on('exit', resolve));
  return {
    url,
    pid: child.pid!,
    stop: async () => {
      child.kill('SIGTERM');
      await exited;
    },
  };
}

function cannon(url: string, connections: number, duration: number) {
  return autocannon({
    url: `${url}/v1/run`,
    connections,
    duration,
    timeout: 120,
    requests: requests.map((request) => ({
      method: 'POST' as const,
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(request),
    })),
  });
}

async function rssOf(url: string): Promise<number> {
  const text = await (await fetch(`${url}/metrics`)).text();
  return Number(/^semtrace_process_resident_memory_bytes (\S+)/m.exec(text)?.[1] ?? Number.NaN);
}

const server = await startServer();
const rows: string[] = [];
const http: Record<number, { rps: number; p50: number; p99: number }> = {};
await cannon(server.url, 4, 2); // warm up
for (const c of levels) {
  const result = await cannon(server.url, c, seconds);
  http[c] = { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99 };
}
const overloadConnections = 10 * levels[levels.length - 1]!;
const rss: number[] = [await rssOf(server.url)];
const sampler = setInterval(() => void rssOf(server.url).then((v) => rss.push(v)), 2000);
const overload = await cannon(server.url, overloadConnections, Number(values['overload-seconds']));
clearInterval(sampler);
rss.push(await rssOf(server.url));
await server.stop();

for (const c of levels) {
  const alone = await engineAlone(c);
  const h = http[c]!;
  rows.push(
    `c=${String(c).padEnd(3)} engine ${alone.rps.toFixed(1).padStart(7)} runs/s p50 ${alone.p50.toFixed(0).padStart(6)} ms p99 ${alone.p99.toFixed(0).padStart(6)} ms | HTTP ${h.rps.toFixed(1).padStart(7)} req/s p50 ${h.p50.toFixed(0).padStart(6)} ms p99 ${h.p99.toFixed(0).padStart(6)} ms | HTTP/engine ${(h.rps / alone.rps).toFixed(2)}`,
  );
}
const statuses = overload.statusCodeStats as unknown as Record<string, { count: number }>;
const answered = Object.values(statuses).reduce((sum, s) => sum + s.count, 0);
const other = Object.entries(statuses).filter(([code]) => code !== '200' && code !== '429');
const mib = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MiB`;
console.log(
  `semtrace serve vs the engine alone: ${values.backend}, ${values.workers} workers, ${seconds} s per level, CRUXEval programs in call mode`,
);
for (const row of rows) console.log(row);
console.log(
  `overload: ${overloadConnections} connections for ${values['overload-seconds']} s — answered ${answered} (200: ${statuses['200']?.count ?? 0}, 429: ${statuses['429']?.count ?? 0}, other: ${other.map(([c, s]) => `${c}×${s.count}`).join(' ') || 'none'}), errors ${overload.errors}, timeouts ${overload.timeouts}`,
);
console.log(`server RSS during overload: ${rss.map(mib).join(' → ')}`);
const lost = overload.errors + overload.timeouts + other.length;
console.log(
  lost === 0 ? 'every request answered 200 or 429' : 'SOME REQUESTS WERE LOST OR ANSWERED OTHERWISE',
);
