import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDataset } from '../../../src/dataset/read/open-dataset.js';
import { readParquetShard } from '../../../src/dataset/read/shard-records.js';
import type { Sample, Split } from '../../../src/dataset/types.js';
import { isSemtraceError } from '../../../src/errors.js';
import { useSampleDatasets } from '../support/sample-datasets.js';

const fixture = useSampleDatasets({ train: 11, dev: 4, test: 3 });
const { dataset } = fixture;

async function collect(iterable: AsyncIterable<Sample>): Promise<Sample[]> {
  const out: Sample[] = [];
  for await (const sample of iterable) out.push(sample);
  return out;
}

const ofSplit = (split: Split) => fixture.samples.filter((s) => s.split === split);

describe('openDataset', () => {
  it('streams JSONL samples back equal to what was written, per split and in all', async () => {
    const { dir } = await dataset({ shardSize: 4 });
    const data = await openDataset(dir);
    expect(data.readableShards('train').map((s) => s.format)).toEqual(['jsonl', 'jsonl', 'jsonl']);
    expect(await collect(data.samples('train'))).toEqual(ofSplit('train'));
    expect(await collect(data.samples('test'))).toEqual(ofSplit('test'));
    expect(await collect(data.samples())).toEqual(fixture.samples);
  });

  it('reads gzip shards', async () => {
    const { dir } = await dataset({ shardSize: 3, gzip: true, parquet: false });
    const data = await openDataset(dir);
    expect(data.readableShards('dev').every((s) => s.format === 'jsonl.gz')).toBe(true);
    expect(await collect(data.samples())).toEqual(fixture.samples);
  });

  it('round-trips every sample through Parquet, renders included', async () => {
    const { dir, manifest } = await dataset({ shardSize: 5 });
    const parquet = manifest.shards.filter((s) => s.format === 'parquet');
    const back: Sample[] = [];
    for (const shard of parquet) back.push(...(await readParquetShard(join(dir, shard.path))));
    expect(back).toEqual(fixture.samples);
    expect(back.some((s) => s.renders['semcoder-concise'] !== undefined)).toBe(true);
    expect(back.some((s) => s.mutation !== null && s.input.call === 'f(7, 3)')).toBe(true);
  });

  it('falls back to Parquet when the manifest lists only Parquet shards', async () => {
    const { dir, manifest } = await dataset({ shardSize: 5 });
    manifest.shards = manifest.shards.filter((s) => s.format === 'parquet');
    await writeFile(join(dir, 'manifest.json'), JSON.stringify(manifest));
    for (const name of await readdir(join(dir, 'data')))
      if (name.endsWith('.jsonl')) await rm(join(dir, 'data', name));
    const data = await openDataset(dir);
    expect(await collect(data.samples())).toEqual(fixture.samples);
  });

  it('explains a missing, broken or invalid manifest', async () => {
    const { dir } = await dataset();
    const failure = async (text: string | null) => {
      if (text === null) await rm(join(dir, 'manifest.json'));
      else await writeFile(join(dir, 'manifest.json'), text);
      try {
        await openDataset(dir);
      } catch (error) {
        expect(isSemtraceError(error) && error.code).toBe('SEMTRACE_MANIFEST_INVALID');
        return (error as Error).message;
      }
      throw new Error('openDataset accepted a bad manifest');
    };
    const valid = JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8'));
    expect(await failure('{"formatVersion": 1,')).toMatch(/is not valid JSON/);
    expect(await failure(JSON.stringify({ ...valid, formatVersion: 2 }))).toMatch(
      /\/formatVersion must be equal to constant/,
    );
    const badHash = structuredClone(valid);
    badHash.shards[0].sha256 = 'xyz';
    expect(await failure(JSON.stringify(badHash))).toMatch(/\/shards\/0\/sha256 must match pattern/);
    const outside = structuredClone(valid);
    outside.shards[0].path = '../../etc/passwd';
    expect(await failure(JSON.stringify(outside))).toMatch(/shards\/0\/path/);
    expect(await failure(null)).toMatch(/has no manifest\.json/);
  });

  it('names the missing shard when streaming hits one', async () => {
    const { dir } = await dataset({ shardSize: 4 });
    await rm(join(dir, 'data/train-00001-of-00003.jsonl'));
    const data = await openDataset(dir);
    await expect(collect(data.samples('train'))).rejects.toThrow(
      /shard 'data\/train-00001-of-00003\.jsonl'.*missing/,
    );
  });

  it('names file and line of a record that is not JSON', async () => {
    const { dir } = await dataset({ shardSize: 100, parquet: false });
    const path = join(dir, 'data/dev-00000-of-00001.jsonl');
    const lines = (await readFile(path, 'utf8')).split('\n');
    lines[2] = lines[2]!.slice(0, 40);
    await writeFile(path, lines.join('\n'));
    const data = await openDataset(dir);
    await expect(collect(data.samples('dev'))).rejects.toThrow(/dev-00000-of-00001\.jsonl:3: not valid JSON/);
  });
});
