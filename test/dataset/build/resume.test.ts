import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Manifest } from '../../../src/dataset/types.js';
import { limitsMerged, semtraceChild, semtraceSync, shardBytes, smallCorpus } from './support.js';

const root = mkdtempSync(join(tmpdir(), 'semtrace-resume-'));
const corpus = smallCorpus(join(root, 'corpus'), 2);
const args = (out: string) => [
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
  '--shard-size',
  '20',
  '--quiet',
];

let reference: Map<string, Buffer>;
let referenceManifest: Manifest;

/** Counts comparable across runs (see limitsMerged). */
function countsOf(manifest: Manifest) {
  return {
    ...manifest.counts,
    perStatus: limitsMerged(manifest.counts.perStatus),
    filtered: limitsMerged(manifest.counts.filtered),
  };
}

function manifestOf(out: string): Manifest {
  return JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')) as Manifest;
}

function finishedChunks(out: string): number {
  const dir = join(out, '.build', 'chunks');
  return existsSync(dir) ? readdirSync(dir).filter((name) => name.startsWith('chunk-')).length : 0;
}

/** Starts a build and SIGKILLs it once `ready(out)` holds; resolves when the process is gone. */
async function killWhen(out: string, ready: (out: string) => boolean): Promise<void> {
  const child = semtraceChild(args(out));
  await new Promise<void>((resolve, reject) => {
    const timer = setInterval(() => {
      if (ready(out)) child.kill('SIGKILL');
    }, 5);
    child.on('exit', () => {
      clearInterval(timer);
      resolve();
    });
    child.on('error', reject);
  });
}

/** Files visible under final names are complete: each equals the uninterrupted build's file. */
function expectNoHalfWrittenFiles(out: string): void {
  const dataDir = join(out, 'data');
  if (!existsSync(dataDir)) return;
  for (const name of readdirSync(dataDir)) {
    if (name.startsWith('.tmp-')) continue;
    expect(readFileSync(join(dataDir, name)).equals(reference.get(name) as Buffer), name).toBe(true);
  }
}

beforeAll(() => {
  const out = join(root, 'reference');
  const run = semtraceSync(args(out));
  // Its stderr may carry the engine's one-time notices (sandbox level, first-use set-up): not asserted.
  expect(run.status, run.stderr).toBe(0);
  reference = shardBytes(out);
  referenceManifest = manifestOf(out);
}, 300_000);

afterAll(() => {
  // Temp dirs are left for inspection only on failure; the OS cleans tmp.
});

describe('semtrace build after SIGKILL', () => {
  it('produced a real dataset to compare against', () => {
    expect(referenceManifest.counts.stages.written).toBeGreaterThan(20);
    expect([...reference.keys()].some((name) => name.endsWith('.parquet'))).toBe(true);
  });

  const points: [string, (out: string) => boolean][] = [
    ['right after start', () => true],
    ['after the first chunk', (out) => finishedChunks(out) >= 1],
    ['halfway through the chunks', (out) => finishedChunks(out) >= 3],
    ['while assembling shards', (out) => existsSync(join(out, 'data'))],
  ];
  for (const [name, ready] of points) {
    it(`resumes ${name} and gives byte-identical shards`, async () => {
      const out = join(root, name.replaceAll(' ', '-'));
      await killWhen(out, ready);
      expect(existsSync(join(out, 'manifest.json')) && !existsSync(join(out, '.build'))).toBe(false);
      expectNoHalfWrittenFiles(out);
      const rerun = semtraceSync(args(out));
      expect(rerun.status, rerun.stderr).toBe(0);
      expect(shardBytes(out)).toEqual(reference);
      const manifest = manifestOf(out);
      expect(countsOf(manifest)).toEqual(countsOf(referenceManifest));
      expect(manifest.shards).toEqual(referenceManifest.shards);
      expect(existsSync(join(out, '.build'))).toBe(false);
    }, 300_000);
  }

  it('does nothing when the dataset is already built, and refuses other options without --overwrite', () => {
    const out = join(root, 'reference');
    const again = semtraceSync(args(out));
    expect(again.status).toBe(0);
    expect(shardBytes(out)).toEqual(reference);
    const other = semtraceSync([...args(out), '--seed', '7']);
    expect(other.status).toBe(1);
    expect(other.stderr).toContain('SEMTRACE_OUTPUT_CONFLICT');
    expect(shardBytes(out)).toEqual(reference);
  }, 300_000);
});
