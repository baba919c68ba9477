/**
 * The writer's memory must not grow with the shard size: each shard is streamed to its temporary file
 * while it fills (JSON lines in batches, Parquet one row group at a time), so large shards of large
 * samples hold about one batch and one row group in memory, never the whole shard.
 */
import { readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { parquetMetadata } from 'hyparquet';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { temporaryPathFor } from '../../../src/common/atomic-file.js';
import { createDatasetWriter, type WriteOptions } from '../../../src/dataset/output/dataset-writer.js';
import { deterministicGzip } from '../../../src/dataset/output/deterministic-gzip.js';
import { PARQUET_ROW_GROUP_ROWS } from '../../../src/dataset/output/parquet-encode.js';
import { readParquetShard } from '../../../src/dataset/read/shard-records.js';
import type { Sample } from '../../../src/dataset/types.js';
import { makeSamples } from '../support/sample-from-run.js';
import { temporaryDir } from '../support/write-test-dataset.js';

const SHARD_SIZE = 300;
const SHARDS = 3;

let samples: Sample[] = [];
const dirs: string[] = [];

async function freshDir(): Promise<string> {
  const dir = await temporaryDir();
  dirs.push(dir);
  return dir;
}

/** A full garbage collection, so heapUsed counts only what is still reachable. */
function collectGarbage(): void {
  setFlagsFromString('--expose-gc');
  (runInNewContext('gc') as () => void)();
}

beforeAll(async () => {
  const base = await makeSamples({ train: 12, dev: 0, test: 0 });
  // Real samples padded with a long trace (their own steps repeated) to about the size of a build's
  // average sample; each copy gets its own id, as a build gives each record its own.
  samples = Array.from({ length: SHARD_SIZE * SHARDS }, (_, i) => {
    const sample = base[i % base.length]!;
    const trace = Array.from({ length: 220 }, (_, k) => sample.trace[k % sample.trace.length]!);
    return {
      ...sample,
      id: `${sample.id.slice(0, 11)}${String(i).padStart(5, '0')}`,
      trace,
      traceLength: trace.length,
      renders: { json: JSON.stringify(trace.slice(0, 40)) },
    };
  });
});

afterAll(async () => {
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});

function options(dir: string, gzip: boolean): WriteOptions {
  return { dir, shardSize: SHARD_SIZE, gzip, parquet: true, formats: ['json'] };
}

const lineOf = (sample: Sample): string => `${JSON.stringify(sample)}\n`;

describe('streaming dataset writer', () => {
  it('writes a shard to its temporary file while it fills, holding one row group of rows', async () => {
    expect(Buffer.byteLength(lineOf(samples[0]!))).toBeGreaterThan(20_000);
    const dir = await freshDir();
    const writer = createDatasetWriter(options(dir, false), [{ split: 'train', records: samples.length }]);
    // The first shard completes; the second is filled to 200 records: two whole row groups.
    const filled = 200;
    for (const sample of samples.slice(0, SHARD_SIZE)) await writer.write(sample);
    collectGarbage();
    const heapBefore = process.memoryUsage().heapUsed;
    const second = samples.slice(SHARD_SIZE, SHARD_SIZE + filled);
    for (const sample of second) await writer.write(sample);
    collectGarbage();
    const heapGrowth = process.memoryUsage().heapUsed - heapBefore;
    const lineBytes = second.reduce((sum, s) => sum + Buffer.byteLength(lineOf(s)), 0);
    // Buffering the shard would keep every line and every row: about twice lineBytes.
    expect(heapGrowth).toBeLessThan(lineBytes / 2);

    // What is not in memory is on disk, under the temporary names only.
    const stem = join(dir, 'data/train-00001-of-00003');
    const jsonl = await stat(temporaryPathFor(`${stem}.jsonl`));
    expect(jsonl.size).toBeGreaterThan(lineBytes - 2 * (1 << 20));
    const parquet = await stat(temporaryPathFor(`${stem}.parquet`));
    expect(parquet.size).toBeGreaterThan(0);
    expect((await readdir(join(dir, 'data'))).filter((n) => !n.startsWith('.tmp-')).sort()).toEqual([
      'train-00000-of-00003.jsonl',
      'train-00000-of-00003.parquet',
    ]);

    for (const sample of samples.slice(SHARD_SIZE + filled)) await writer.write(sample);
    const shards = await writer.close();
    expect(shards.map((s) => [s.path, s.records])).toEqual(
      Array.from({ length: SHARDS }, (_, i) => [
        [`data/train-0000${i}-of-00003.jsonl`, SHARD_SIZE],
        [`data/train-0000${i}-of-00003.parquet`, SHARD_SIZE],
      ]).flat(),
    );
    expect((await readdir(join(dir, 'data'))).filter((n) => n.startsWith('.tmp-'))).toEqual([]);
    for (let i = 0; i < SHARDS; i++) {
      const expected = samples.slice(i * SHARD_SIZE, (i + 1) * SHARD_SIZE);
      const stemI = join(dir, `data/train-0000${i}-of-00003`);
      expect(await readFile(`${stemI}.jsonl`, 'utf8')).toBe(expected.map(lineOf).join(''));
      const data = await readFile(`${stemI}.parquet`);
      const metadata = parquetMetadata(data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength));
      expect(metadata.created_by).toBe('semtrace');
      expect(metadata.row_groups.map((g) => Number(g.num_rows))).toEqual(
        Array.from({ length: SHARD_SIZE / PARQUET_ROW_GROUP_ROWS }, () => PARQUET_ROW_GROUP_ROWS),
      );
      expect(await readParquetShard(`${stemI}.parquet`)).toEqual(expected);
    }
  });

  it('streams gzip with the same bytes as deterministicGzip, and writes identical files twice', async () => {
    const plan = [{ split: 'train' as const, records: 2 * SHARD_SIZE - 50 }];
    const written: Record<string, Buffer>[] = [];
    for (const _ of [1, 2]) {
      const dir = await freshDir();
      const writer = createDatasetWriter(options(dir, true), plan);
      for (const sample of samples.slice(0, plan[0]!.records)) await writer.write(sample);
      const shards = await writer.close();
      const files: Record<string, Buffer> = {};
      for (const shard of shards) files[shard.path] = await readFile(join(dir, shard.path));
      written.push(files);
    }
    const [first, second] = written as [Record<string, Buffer>, Record<string, Buffer>];
    expect(Object.keys(first)).toHaveLength(4);
    for (const name of Object.keys(first)) expect(second[name]?.equals(first[name]!), name).toBe(true);
    const text = samples.slice(SHARD_SIZE, plan[0]!.records).map(lineOf).join('');
    const expected = await deterministicGzip([Buffer.from(text, 'utf8')]);
    expect(first['data/train-00001-of-00002.jsonl.gz']!.equals(expected)).toBe(true);
  });

  it('refuses further writes and close() after a file write failed; abort() still succeeds', async () => {
    const dir = await freshDir();
    const writer = createDatasetWriter({ ...options(dir, true), shardSize: 2 }, [
      { split: 'train', records: 4 },
    ]);
    for (const sample of samples.slice(0, 2)) await writer.write(sample);
    // The next shard cannot be created: its directory is replaced by a plain file.
    await rm(join(dir, 'data'), { recursive: true });
    await writeFile(join(dir, 'data'), 'not a directory');
    await writer.write(samples[2]!);
    await expect(writer.write(samples[3]!)).rejects.toThrow();
    await expect(writer.write(samples[3]!)).rejects.toThrow(/failed to write a shard/);
    await expect(writer.close()).rejects.toThrow(/failed to write a shard/);
    await rm(join(dir, 'data'));
    await writer.abort();
    expect(await readdir(dir)).toEqual([]);
  });
});
