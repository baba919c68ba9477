import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parquetMetadata, parquetReadObjects } from 'hyparquet';
import { describe, expect, it } from 'vitest';
import { createDatasetWriter } from '../../../src/dataset/output/dataset-writer.js';
import { useSampleDatasets } from '../support/sample-datasets.js';
import { writeTestDataset } from '../support/write-test-dataset.js';

const fixture = useSampleDatasets({ train: 10, dev: 3, test: 0 });
const { freshDir } = fixture;

async function filesUnder(dir: string): Promise<Record<string, Buffer>> {
  const names = (await readdir(join(dir, 'data'))).sort();
  const out: Record<string, Buffer> = {};
  for (const name of names) out[name] = await readFile(join(dir, 'data', name));
  return out;
}

describe('dataset writer', () => {
  it('names shards by split with final -of- counts and fills each to the shard size', async () => {
    const dir = await freshDir();
    const manifest = await writeTestDataset(dir, fixture.samples, { shardSize: 4 });
    expect(Object.keys(await filesUnder(dir))).toEqual([
      'dev-00000-of-00001.jsonl',
      'dev-00000-of-00001.parquet',
      'train-00000-of-00003.jsonl',
      'train-00000-of-00003.parquet',
      'train-00001-of-00003.jsonl',
      'train-00001-of-00003.parquet',
      'train-00002-of-00003.jsonl',
      'train-00002-of-00003.parquet',
    ]);
    expect(manifest.shards.map((s) => [s.path, s.records])).toEqual([
      ['data/train-00000-of-00003.jsonl', 4],
      ['data/train-00000-of-00003.parquet', 4],
      ['data/train-00001-of-00003.jsonl', 4],
      ['data/train-00001-of-00003.parquet', 4],
      ['data/train-00002-of-00003.jsonl', 2],
      ['data/train-00002-of-00003.parquet', 2],
      ['data/dev-00000-of-00001.jsonl', 3],
      ['data/dev-00000-of-00001.parquet', 3],
    ]);
  });

  it('writes one JSON line per sample in the Sample key order, and reports true sizes and hashes', async () => {
    const dir = await freshDir();
    const manifest = await writeTestDataset(dir, fixture.samples, { shardSize: 100, parquet: false });
    const text = await readFile(join(dir, 'data/train-00000-of-00001.jsonl'), 'utf8');
    expect(text).toBe(
      fixture.samples
        .slice(0, 10)
        .map((s) => `${JSON.stringify(s)}\n`)
        .join(''),
    );
    for (const shard of manifest.shards) {
      const bytes = await readFile(join(dir, shard.path));
      expect(shard.bytes).toBe(bytes.byteLength);
      expect(shard.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
    }
  });

  it('gives byte-identical JSONL, JSONL.gz and Parquet when the same samples are written twice', async () => {
    const first = await freshDir();
    const second = await freshDir();
    await writeTestDataset(first, fixture.samples, { gzip: true, shardSize: 5 });
    await writeTestDataset(second, fixture.samples, { gzip: true, shardSize: 5 });
    const a = await filesUnder(first);
    const b = await filesUnder(second);
    expect(Object.keys(a).length).toBe(6);
    for (const name of Object.keys(a)) expect(b[name]?.equals(a[name]!), name).toBe(true);
    expect(await readFile(join(first, 'manifest.json'), 'utf8')).toBe(
      await readFile(join(second, 'manifest.json'), 'utf8'),
    );
  });

  it('writes gzip without a timestamp or file name, with the OS byte fixed', async () => {
    const dir = await freshDir();
    await writeTestDataset(dir, fixture.samples, { gzip: true, parquet: false, shardSize: 100 });
    const gz = await readFile(join(dir, 'data/dev-00000-of-00001.jsonl.gz'));
    expect([...gz.subarray(0, 4)]).toEqual([0x1f, 0x8b, 8, 0]); // magic, deflate, no FNAME/FEXTRA flags
    expect(gz.readUInt32LE(4)).toBe(0); // MTIME
    expect(gz[9]).toBe(255);
    expect(gunzipSync(gz).toString('utf8')).toBe(
      fixture.samples
        .slice(10)
        .map((s) => `${JSON.stringify(s)}\n`)
        .join(''),
    );
  });

  it('writes a flat Parquet schema with snake_case scalars, JSON strings and render columns', async () => {
    const dir = await freshDir();
    await writeTestDataset(dir, fixture.samples, { shardSize: 100 });
    const data = await readFile(join(dir, 'data/train-00000-of-00001.parquet'));
    const file = data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength);
    const metadata = parquetMetadata(file);
    expect(metadata.created_by).toBe('semtrace');
    expect(metadata.schema.slice(1).map((c) => c.name)).toEqual([
      'id',
      'source_id',
      'split',
      'level',
      'code',
      'mode',
      'input_stdin',
      'input_call',
      'input_origin',
      'mutation',
      'python',
      'backend',
      'status',
      'stdout',
      'return_repr',
      'return_type',
      'exception',
      'trace',
      'trace_length',
      'render_json',
      'render_semcoder_concise',
    ]);
    expect(
      metadata.schema.every(
        (c) => c.num_children !== undefined || c.type === 'BYTE_ARRAY' || c.type === 'INT32',
      ),
    ).toBe(true);
    const rows = await parquetReadObjects({ file });
    expect(rows).toHaveLength(10);
    const first = rows[0]!;
    expect(first.id).toBe(fixture.samples[0]!.id);
    expect(first.trace_length).toBe(fixture.samples[0]!.traceLength);
    expect(JSON.parse(first.trace as string)).toEqual(fixture.samples[0]!.trace);
    const script = rows.find((r) => r.input_stdin !== null)!;
    expect(script.input_call).toBeNull();
    expect(rows.some((r) => r.render_semcoder_concise === null)).toBe(true);
    const mutated = rows.find((r) => r.mutation !== null)!;
    expect(JSON.parse(mutated.mutation as string).operators).toEqual(['AOR']);
  });

  it('rejects samples out of split order, too many samples, and unlisted render formats', async () => {
    const dir = await freshDir();
    const writer = createDatasetWriter({ dir, shardSize: 4, gzip: false, parquet: true, formats: ['json'] }, [
      { split: 'train', records: 1 },
      { split: 'dev', records: 1 },
    ]);
    await expect(writer.write(fixture.samples[10]!)).rejects.toThrow(
      /belongs to 'dev' but the writer expects 'train'/,
    );
    await expect(writer.write(fixture.samples[2]!)).rejects.toThrow(/'semcoder-concise' render/);
    // A rejected sample leaves nothing behind: the writer goes on with the next one.
    const plain = (split: string) =>
      fixture.samples.find((s) => s.split === split && !s.renders['semcoder-concise'])!;
    await writer.write(plain('train'));
    await writer.write(plain('dev'));
    const shards = await writer.close();
    expect(shards.map((s) => [s.path, s.records])).toEqual([
      ['data/train-00000-of-00001.jsonl', 1],
      ['data/train-00000-of-00001.parquet', 1],
      ['data/dev-00000-of-00001.jsonl', 1],
      ['data/dev-00000-of-00001.parquet', 1],
    ]);
    expect(await readFile(join(dir, 'data/train-00000-of-00001.jsonl'), 'utf8')).toBe(
      `${JSON.stringify(plain('train'))}\n`,
    );
    const counted = createDatasetWriter({ dir, shardSize: 4, gzip: false, parquet: false, formats: [] }, [
      { split: 'train', records: 1 },
    ]);
    await counted.write(fixture.samples[0]!);
    await expect(counted.write(fixture.samples[1]!)).rejects.toThrow(/more samples than planned/);
    await counted.abort();
  });

  it('refuses to close before every planned sample arrived, and removes what it wrote', async () => {
    const dir = await freshDir();
    const writer = createDatasetWriter(
      { dir, shardSize: 2, gzip: false, parquet: false, formats: ['json', 'semcoder-concise'] },
      [{ split: 'train', records: 5 }],
    );
    for (const sample of fixture.samples.slice(0, 3)) await writer.write(sample);
    expect(await readdir(join(dir, 'data'))).toEqual(['train-00000-of-00003.jsonl']);
    await expect(writer.close()).rejects.toThrow(/received 3 of 5 planned samples/);
    expect(await readdir(join(dir, 'data'))).toEqual([]);
  });
});
