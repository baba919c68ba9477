/**
 * Builds spread over machines give the local build's dataset, byte for byte:
 * - static sharding: three `--shard I/3` builds joined by `semtrace merge`;
 * - the BullMQ queue on a real redis-server: a coordinator and three worker processes, with a worker and
 *   the coordinator SIGKILLed mid-run and Redis restarted empty once, then the coordinator run again.
 * One small corpus (two programs per demo level, a chunk per program) and the native backend keep it short;
 * `--dedupe-trace` is on, so the cross-chunk trace dedupe done at assembly is checked too.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Manifest } from '../../src/dataset/types.js';
import { cli, limitsMerged, semtraceSync, shardBytes, smallCorpus } from '../dataset/build/support.js';
import { repoRoot } from '../support/paths.js';
import { startTestRedis, type TestRedis } from '../support/redis-server.js';
import { hasRedisServer } from '../support/requirements.js';

const root = mkdtempSync(join(tmpdir(), 'semtrace-scale-out-'));
const corpus = smallCorpus(join(root, 'corpus'), 2);
const CHUNKS = 6;
const buildArgs = (out: string) => [
  'build',
  corpus,
  '--out',
  out,
  '--backend',
  'native',
  '--workers',
  '1',
  '--chunk-size',
  '1',
  '--mutants-per-program',
  '2',
  '--inputs-per-program',
  '0',
  '--shard-size',
  '15',
  '--dedupe-trace',
  '--quiet',
];

let reference: Map<string, Buffer>;

/** The manifest without `run` (timings of this run, not properties of the data). */
function manifestOf(out: string): Omit<Manifest, 'run'> {
  const { run: _run, ...rest } = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')) as Manifest;
  return rest;
}

/** The manifest's counts made comparable across runs (see limitsMerged). */
function comparable(manifest: Omit<Manifest, 'run'>) {
  return {
    ...manifest,
    counts: {
      ...manifest.counts,
      perStatus: limitsMerged(manifest.counts.perStatus),
      filtered: limitsMerged(manifest.counts.filtered),
    },
  };
}

/** Sample ids of the JSONL shards: none lost, none twice. */
function sampleIds(out: string): string[] {
  return readdirSync(join(out, 'data'))
    .filter((name) => name.endsWith('.jsonl'))
    .flatMap((name) =>
      readFileSync(join(out, 'data', name), 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((line) => (JSON.parse(line) as { id: string }).id),
    );
}

function expectSameDataset(out: string): void {
  expect(shardBytes(out)).toEqual(reference);
  expect(comparable(manifestOf(out))).toEqual(comparable(manifestOf(join(root, 'reference'))));
  const ids = sampleIds(out);
  expect(new Set(ids).size).toBe(ids.length);
  expect(ids.sort()).toEqual(sampleIds(join(root, 'reference')).sort());
  expect(existsSync(join(out, '.build'))).toBe(false);
}

beforeAll(() => {
  const run = semtraceSync(buildArgs(join(root, 'reference')));
  expect(run.status, run.stderr).toBe(0);
  reference = shardBytes(join(root, 'reference'));
}, 120_000);

describe('static sharding', () => {
  it('three --shard I/3 builds merged equal one local build, byte for byte', async () => {
    const shards = [0, 1, 2].map((i) => join(root, `shard-${i}`));
    // The three shards run at once, as three nodes of a cluster would.
    const codes = await Promise.all(
      shards.map((dir, i) => exited(child([...buildArgs(dir), '--shard', `${i}/3`]))),
    );
    expect(codes).toEqual([0, 0, 0]);
    const chunksOf = (dir: string) => readdirSync(join(dir, '.build', 'chunks')).length;
    expect(shards.map(chunksOf)).toEqual([2, 2, 2]);
    const merged = semtraceSync(['merge', ...[...shards].reverse(), '--out', join(root, 'merged')]);
    expect(merged.status, merged.stderr).toBe(0);
    expectSameDataset(join(root, 'merged'));
  }, 120_000);

  it('refuses an incomplete set of shards with a clear error', () => {
    const merged = semtraceSync([
      'merge',
      join(root, 'shard-0'),
      join(root, 'shard-2'),
      '--out',
      join(root, 'merged-partial'),
    ]);
    expect(merged.status).toBe(1);
    expect(merged.stderr).toContain('SEMTRACE_MERGE_INCOMPLETE');
    expect(merged.stderr).toContain('1/3');
  });
});

function child(args: string[]): ChildProcess {
  return spawn(process.execPath, [cli, ...args], { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] });
}

function exited(process: ChildProcess): Promise<number | null> {
  if (process.exitCode !== null || process.signalCode !== null) return Promise.resolve(process.exitCode);
  return new Promise((resolve) => process.once('exit', (code) => resolve(code)));
}

/** Collects a child's stderr, so the test can wait for a line. */
function logOf(process: ChildProcess): { text: () => string } {
  let text = '';
  process.stderr?.on('data', (data: Buffer) => {
    text += data.toString();
  });
  return { text: () => text };
}

async function until(what: string, ready: () => boolean, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!ready()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(20);
  }
}

describe.skipIf(!hasRedisServer)('a build on the queue (real redis-server, three worker processes)', () => {
  let redis: TestRedis;
  const workers: ChildProcess[] = [];

  beforeAll(async () => {
    redis = await startTestRedis();
  }, 30_000);

  afterAll(async () => {
    for (const worker of workers) worker.kill('SIGKILL');
    await redis?.stop();
  });

  const startWorker = () => {
    const worker = child([
      'worker',
      '--queue',
      redis.url,
      '--backend',
      'native',
      '--workers',
      '1',
      '--concurrency',
      '1',
      // A dead worker's chunk is handed on within a few seconds instead of the default half minute.
      '--lock-ms',
      '2000',
      '--stalled-check-ms',
      '300',
    ]);
    workers.push(worker);
    return { process: worker, log: logOf(worker) };
  };

  it('survives a killed worker, a killed coordinator and a Redis restart, and equals the local build', async () => {
    const out = join(root, 'queued');
    const chunkFile = (chunk: number) =>
      join(out, '.build', 'chunks', `chunk-${String(chunk).padStart(6, '0')}.jsonl`);
    const finishedChunks = () =>
      Array.from({ length: CHUNKS }, (_, chunk) => chunk).filter((chunk) => existsSync(chunkFile(chunk)));
    const started = [startWorker(), startWorker(), startWorker()];
    // One job on the queue at a time: while the dead worker's chunk waits to be handed on, nothing else
    // runs, so the coordinator is surely killed mid-run.
    const coordinator = child([...buildArgs(out), '--queue', redis.url, '--queue-window', '1']);
    const coordinatorLog = logOf(coordinator);

    // The first worker to take a chunk dies holding it: its lock runs out and another worker runs it.
    let taken = -1;
    let victim: (typeof started)[number] | undefined;
    await until('a worker to take a chunk', () => {
      for (const worker of started) {
        const match = /chunk (\d+) started/.exec(worker.log.text());
        if (match) {
          taken = Number(match[1]);
          victim = worker;
          return true;
        }
      }
      return false;
    });
    victim?.process.kill('SIGKILL');
    await exited(victim?.process as ChildProcess);
    expect(victim?.log.text()).not.toContain(`chunk ${taken} finished`);
    const others = started.filter((worker) => worker !== victim);
    await until(`chunk ${taken} handed to another worker`, () =>
      others.some((worker) => worker.log.text().includes(`chunk ${taken} finished`)),
    );
    expect(existsSync(chunkFile(taken))).toBe(true);

    // The coordinator dies mid-run, and Redis loses every job (it runs without persistence).
    coordinator.kill('SIGKILL');
    await exited(coordinator);
    expect(existsSync(join(out, 'manifest.json')), coordinatorLog.text()).toBe(false);
    const before = finishedChunks().length;
    expect(before).toBeLessThan(CHUNKS);
    await redis.restart();

    // The same command again: it finds the finished chunks, queues the rest again, and assembles.
    const rerun = child([...buildArgs(out), '--queue', redis.url]);
    const rerunLog = logOf(rerun);
    expect(await exited(rerun), rerunLog.text()).toBe(0);
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')) as Manifest;
    expect(manifest.run.resumedChunks).toBe(before);
    expectSameDataset(out);

    const status = semtraceSync(['queue', 'status', '--queue', redis.url, '--json']);
    expect(status.status, status.stderr).toBe(0);
    const native = (
      JSON.parse(status.stdout) as { backend: string; waiting: number; active: number; workers: unknown[] }[]
    ).find((queue) => queue.backend === 'native');
    expect(native).toMatchObject({ waiting: 0, active: 0 });
    expect(native?.workers.length).toBe(2);
  }, 180_000);
});
