/**
 * npm run bench:scale — a build spread over worker processes on the BullMQ queue against a local build,
 * in the same run, on the same corpus and options:
 *   1. local: `semtrace build` with N engine workers;
 *   2. queue ×1: the coordinator and one `semtrace worker` process with N engine workers;
 *   3. queue ×2: the same with two worker processes (on one machine they share its cores).
 * Prints wall time and runs/s of each, the ratios, the queue's overhead per chunk (queue ×1 against local)
 * and the Redis commands per chunk (from Redis's own counters). Needs redis-server on PATH.
 *
 * Usage: npm run bench:scale [-- --backend native|pyodide] [--workers N] [--per-level K] [--chunk-size C]
 *        [--concurrency J]   (chunk jobs at once per worker process)
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { Redis } from 'ioredis';
import { resolveConfig } from '../src/dataset/build/config.js';
import { buildPlanning, demoCorpusPath } from '../src/dataset/build/planning.js';
import type { Manifest } from '../src/dataset/types.js';
import { startTestRedis } from '../test/support/redis-server.js';

const { values } = parseArgs({
  options: {
    backend: { type: 'string', default: 'native' },
    workers: { type: 'string', default: '1' },
    'per-level': { type: 'string', default: '8' },
    'chunk-size': { type: 'string', default: '2' },
    concurrency: { type: 'string', default: '1' },
  },
});
const cli = new URL('../dist/cli/main.js', import.meta.url).pathname;
const root = mkdtempSync(join(tmpdir(), 'semtrace-bench-scale-'));

function corpus(perLevel: number): string {
  const dir = join(root, 'corpus');
  for (const level of ['single-line', 'tutorial', 'contest']) {
    const from = join(demoCorpusPath(), level);
    mkdirSync(join(dir, level), { recursive: true });
    const stems = readdirSync(from)
      .filter((name) => name.endsWith('.py'))
      .sort()
      .slice(0, perLevel)
      .map((name) => name.slice(0, -3));
    for (const name of readdirSync(from))
      if (stems.includes(name.split('.')[0] as string)) cpSync(join(from, name), join(dir, level, name));
  }
  return dir;
}

const sources = corpus(Number(values['per-level']));
const buildArgs = (out: string) => [
  'build',
  sources,
  '--out',
  out,
  '--backend',
  values.backend as string,
  '--workers',
  values.workers as string,
  '--chunk-size',
  values['chunk-size'] as string,
  '--mutants-per-program',
  '2',
  '--inputs-per-program',
  '0',
  '--quiet',
];

function exited(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => child.once('exit', (code) => resolve(code)));
}

async function timed(args: string[]): Promise<number> {
  const started = performance.now();
  const child = spawn(process.execPath, [cli, ...args], { stdio: ['ignore', 'ignore', 'inherit'] });
  const code = await exited(child);
  if (code !== 0) throw new Error(`semtrace ${args[0]} exited with ${code}`);
  return (performance.now() - started) / 1000;
}

/** Every shard file of `b` equals `a`'s. */
function sameData(a: string, b: string): boolean {
  const names = readdirSync(join(a, 'data'));
  return (
    names.length === readdirSync(join(b, 'data')).length &&
    names.every((name) => readFileSync(join(a, 'data', name)).equals(readFileSync(join(b, 'data', name))))
  );
}

function manifestOf(out: string): Manifest {
  return JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')) as Manifest;
}

async function commandsProcessed(client: Redis): Promise<number> {
  const info = await client.info('stats');
  return Number(/total_commands_processed:(\d+)/.exec(info)?.[1] ?? 0);
}

/** The coordinator's own work per program: planning (read, mutate, dedupe) the demo corpus with default options. */
async function planningRate(): Promise<{ programs: number; perSecond: number }> {
  const config = resolveConfig({ demo: true, out: root });
  const walk = (await buildPlanning(config, 8))();
  const started = performance.now();
  for await (const _ of walk.chunks) {
    // chunks are dropped: only the planning is timed
  }
  const seconds = (performance.now() - started) / 1000;
  return { programs: walk.stats.sourcePrograms, perSecond: walk.stats.sourcePrograms / seconds };
}

const planning = await planningRate();
const redis = await startTestRedis();
const client = new Redis(redis.port, '127.0.0.1');
try {
  const localSeconds = await timed(buildArgs(join(root, 'local')));
  const manifest = manifestOf(join(root, 'local'));
  const runs = manifest.counts.stages.executed;
  const chunks = Math.ceil(manifest.counts.sourcePrograms / Number(values['chunk-size']));

  const queued = async (processes: number) => {
    const workers = Array.from({ length: processes }, () =>
      spawn(
        process.execPath,
        [
          cli,
          'worker',
          '--queue',
          redis.url,
          '--backend',
          values.backend as string,
          '--workers',
          values.workers as string,
          '--concurrency',
          values.concurrency as string,
          '--quiet',
        ],
        { stdio: ['ignore', 'ignore', 'inherit'] },
      ),
    );
    // Workers connected before the clock starts, as on a cluster where they wait for builds.
    while (
      ((await client.call('CLIENT', 'LIST')) as string).split('\n').filter((line) => line.includes(':w:'))
        .length < processes
    )
      await new Promise((resolve) => setTimeout(resolve, 50));
    const commandsBefore = await commandsProcessed(client);
    const out = join(root, `queue-${processes}`);
    const seconds = await timed([...buildArgs(out), '--queue', redis.url]);
    const commands = (await commandsProcessed(client)) - commandsBefore;
    for (const worker of workers) worker.kill('SIGTERM');
    await Promise.all(workers.map(exited));
    const same = sameData(join(root, 'local'), out);
    return { seconds, commands, same };
  };
  const one = await queued(1);
  const two = await queued(2);

  const rate = (seconds: number) => runs / seconds;
  const row = (name: string, seconds: number) =>
    `${name.padEnd(22)} ${seconds.toFixed(1).padStart(7)} s ${rate(seconds).toFixed(1).padStart(8)} runs/s`;
  process.stdout.write(
    [
      `bench:scale — ${manifest.counts.sourcePrograms} programs, ${runs} runs, ${chunks} chunks of ${values['chunk-size']} programs, backend ${values.backend}, ${values.workers} engine worker(s) per process`,
      row('local build', localSeconds),
      row('queue, 1 worker proc', one.seconds),
      row('queue, 2 worker procs', two.seconds),
      `ratio queue×1 / local:   ${(localSeconds / one.seconds).toFixed(2)} (throughput)`,
      `ratio queue×2 / queue×1: ${(one.seconds / two.seconds).toFixed(2)} (throughput; both processes share this machine's cores)`,
      `queue overhead per chunk (queue×1 − local) / chunks: ${(((one.seconds - localSeconds) / chunks) * 1000).toFixed(0)} ms`,
      `Redis commands per chunk: ${(one.commands / chunks).toFixed(1)} (1 worker), ${(two.commands / chunks).toFixed(1)} (2 workers; includes idle polling)`,
      `coordinator planning: ${planning.perSecond.toFixed(0)} programs/s (demo corpus, ${planning.programs} programs, default options; walked twice per build)`,
      `queue datasets equal the local one: ${one.same && two.same ? 'yes' : 'NO'}`,
      '',
    ].join('\n'),
  );
} finally {
  client.disconnect();
  await redis.stop();
  rmSync(root, { recursive: true, force: true });
}
