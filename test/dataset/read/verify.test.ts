import { readFile, rm, truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDataset } from '../../../src/dataset/read/open-dataset.js';
import { type TestDatasetOptions, useSampleDatasets } from '../support/sample-datasets.js';

const fixture = useSampleDatasets({ train: 9, dev: 2, test: 2 });

async function dataset(overrides: TestDatasetOptions = {}): Promise<string> {
  return (await fixture.dataset({ shardSize: 4, ...overrides })).dir;
}

async function mismatches(dir: string) {
  return (await openDataset(dir)).verify();
}

async function flipByte(path: string, at: number): Promise<void> {
  const bytes = await readFile(path);
  bytes[at] = bytes[at]! ^ 0x01;
  await writeFile(path, bytes);
}

describe('verify', () => {
  it('finds nothing wrong in a freshly written dataset (JSONL, gzip and Parquet)', async () => {
    expect(await mismatches(await dataset())).toEqual([]);
    expect(await mismatches(await dataset({ gzip: true }))).toEqual([]);
  });

  it('reports a truncated JSONL shard by its size, record count and cut line', async () => {
    const dir = await dataset({ parquet: false });
    const path = join(dir, 'data/train-00001-of-00003.jsonl');
    const full = (await readFile(path)).byteLength;
    await truncate(path, Math.floor(full / 2));
    const found = await mismatches(dir);
    expect(found.map((m) => m.kind).sort()).toEqual(['bytes', 'parse', 'records']);
    expect(found.every((m) => m.path === 'data/train-00001-of-00003.jsonl')).toBe(true);
    expect(found.find((m) => m.kind === 'bytes')!.message).toContain(`the manifest says ${full}`);
  });

  it('reports a flipped byte by its sha256 even when every record still parses', async () => {
    const dir = await dataset({ parquet: false });
    const path = join(dir, 'data/dev-00000-of-00001.jsonl');
    const text = await readFile(path, 'utf8');
    // Flip a byte inside the code string of the first record: still JSON, still a valid sample.
    await flipByte(path, text.indexOf('"code":"') + 10);
    const found = await mismatches(dir);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ path: 'data/dev-00000-of-00001.jsonl', kind: 'sha256' });
  });

  it('reports a corrupted gzip or Parquet shard as unreadable', async () => {
    const dir = await dataset({ gzip: true });
    const gz = join(dir, 'data/test-00000-of-00001.jsonl.gz');
    await truncate(gz, (await readFile(gz)).byteLength - 12);
    const parquet = join(dir, 'data/test-00000-of-00001.parquet');
    await truncate(parquet, 100);
    const found = await mismatches(dir);
    const kinds = (path: string) =>
      found
        .filter((m) => m.path === path)
        .map((m) => m.kind)
        .sort();
    expect(kinds('data/test-00000-of-00001.jsonl.gz')).toContain('unreadable');
    expect(kinds('data/test-00000-of-00001.parquet')).toEqual(['bytes', 'records', 'unreadable']);
  });

  it('reports a missing file', async () => {
    const dir = await dataset();
    await rm(join(dir, 'data/train-00002-of-00003.parquet'));
    const found = await mismatches(dir);
    expect(found).toEqual([
      {
        path: 'data/train-00002-of-00003.parquet',
        kind: 'missing',
        message: 'data/train-00002-of-00003.parquet: listed in the manifest but missing',
      },
    ]);
  });

  it('reports a record in the wrong split, a schema violation and a bad line, with line numbers', async () => {
    const dir = await dataset({ parquet: false });
    const path = join(dir, 'data/train-00000-of-00003.jsonl');
    const lines = (await readFile(path, 'utf8')).split('\n');
    lines[1] = JSON.stringify({ ...JSON.parse(lines[1]!), split: 'test' });
    lines[2] = JSON.stringify({ ...JSON.parse(lines[2]!), traceLength: 'long' });
    lines[3] = '{oops';
    await writeFile(path, lines.join('\n'));
    const found = await mismatches(dir);
    const onPath = found.filter((m) => m.path === 'data/train-00000-of-00003.jsonl');
    expect(onPath.find((m) => m.kind === 'split')).toMatchObject({ line: 2 });
    expect(onPath.find((m) => m.kind === 'split')!.message).toContain(
      "record of split 'test' in a 'train' shard",
    );
    expect(onPath.find((m) => m.kind === 'schema')).toMatchObject({ line: 3 });
    expect(onPath.find((m) => m.kind === 'schema')!.message).toContain('/traceLength must be integer');
    expect(onPath.find((m) => m.kind === 'parse')!.message).toMatch(
      /train-00000-of-00003\.jsonl:4: not valid JSON/,
    );
  });

  it('reports shard files the manifest does not list, such as leftovers of an earlier build', async () => {
    const dir = await dataset({ parquet: false });
    await writeFile(join(dir, 'data/train-00003-of-00004.jsonl'), '');
    await writeFile(join(dir, 'data/notes.txt'), 'not a shard');
    expect(await mismatches(dir)).toEqual([
      {
        path: 'data/train-00003-of-00004.jsonl',
        kind: 'unlisted',
        message:
          'data/train-00003-of-00004.jsonl: a shard file the manifest does not list (left from another build?)',
      },
    ]);
  });

  it('reports per-split counts that disagree with the shards', async () => {
    const dir = await dataset();
    const manifest = JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8'));
    manifest.counts.perSplit.dev.samples = 3;
    await writeFile(join(dir, 'manifest.json'), JSON.stringify(manifest));
    const found = await mismatches(dir);
    expect(found.map((m) => [m.path, m.kind])).toEqual([
      ['manifest.json', 'counts'],
      ['manifest.json', 'counts'],
    ]);
    expect(found[0]!.message).toContain(
      "split 'dev': its jsonl shards hold 2 records, counts.perSplit says 3",
    );
  });
});
