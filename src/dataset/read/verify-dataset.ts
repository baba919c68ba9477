/**
 * Checks a dataset's files against its manifest: each listed shard exists, has the recorded size and
 * sha256, holds the recorded number of records, every record parses, matches the sample schema and
 * belongs to the shard's split; each split's shards add up to the manifest's counts; and no shard-named
 * file sits in data/ without being listed.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { readTextLines } from '../../common/jsonl.js';
import { type Manifest, type Sample, type ShardInfo, SPLITS } from '../types.js';
import { sampleProblems } from './schemas.js';
import { readParquetShard } from './shard-records.js';

export type MismatchKind =
  | 'missing'
  | 'bytes'
  | 'sha256'
  | 'unreadable'
  | 'parse'
  | 'schema'
  | 'split'
  | 'records'
  | 'counts'
  | 'unlisted';

export interface ShardMismatch {
  /** Shard path relative to the dataset (or `manifest.json` for a count that disagrees). */
  path: string;
  kind: MismatchKind;
  /** 1-based JSONL line (0-based row for Parquet) of a bad record. */
  line?: number;
  message: string;
}

/** Bad records reported per shard and kind; the rest are summarised in one line. */
const MAX_RECORD_PROBLEMS = 5;

async function fileDigest(path: string): Promise<{ bytes: number; sha256: string }> {
  const hash = createHash('sha256');
  let bytes = 0;
  for await (const chunk of createReadStream(path) as AsyncIterable<Buffer>) {
    hash.update(chunk);
    bytes += chunk.byteLength;
  }
  return { bytes, sha256: hash.digest('hex') };
}

/** Records of a shard as (position, parsed value or parse error), from JSONL lines or Parquet rows. */
async function* shardRecords(
  path: string,
  format: ShardInfo['format'],
): AsyncGenerator<{ line: number; value?: unknown; error?: string }> {
  if (format === 'parquet') {
    const samples = await readParquetShard(path);
    for (const [row, value] of samples.entries()) yield { line: row, value };
    return;
  }
  for await (const { line, text } of readTextLines(path, { gzip: format === 'jsonl.gz' })) {
    try {
      yield { line, value: JSON.parse(text) };
    } catch (error) {
      yield { line, error: (error as Error).message };
    }
  }
}

async function checkRecords(dir: string, shard: ShardInfo, out: ShardMismatch[]): Promise<number> {
  const problems = new Map<MismatchKind, number>();
  const report = (kind: MismatchKind, line: number, message: string) => {
    const seen = (problems.get(kind) ?? 0) + 1;
    problems.set(kind, seen);
    if (seen <= MAX_RECORD_PROBLEMS) out.push({ path: shard.path, kind, line, message });
  };
  let records = 0;
  try {
    for await (const record of shardRecords(join(dir, shard.path), shard.format)) {
      records++;
      const where = shard.format === 'parquet' ? `row ${record.line}` : `line ${record.line}`;
      if (record.error !== undefined) {
        report('parse', record.line, `${shard.path}:${record.line}: not valid JSON (${record.error})`);
        continue;
      }
      const schemaProblems = sampleProblems(record.value);
      if (schemaProblems) report('schema', record.line, `${shard.path} ${where}: ${schemaProblems}`);
      const split = (record.value as Partial<Sample> | null)?.split;
      if (split !== shard.split)
        report(
          'split',
          record.line,
          `${shard.path} ${where}: record of split '${split}' in a '${shard.split}' shard`,
        );
    }
  } catch (error) {
    out.push({
      path: shard.path,
      kind: 'unreadable',
      message: `${shard.path}: cannot read past record ${records} (${(error as Error).message})`,
    });
  }
  for (const [kind, count] of problems)
    if (count > MAX_RECORD_PROBLEMS)
      out.push({
        path: shard.path,
        kind,
        message: `${shard.path}: ${count - MAX_RECORD_PROBLEMS} more ${kind} problems`,
      });
  return records;
}

async function verifyShard(dir: string, shard: ShardInfo, out: ShardMismatch[]): Promise<void> {
  const path = join(dir, shard.path);
  try {
    if (!(await stat(path)).isFile()) throw new Error('not a file');
  } catch {
    out.push({
      path: shard.path,
      kind: 'missing',
      message: `${shard.path}: listed in the manifest but missing`,
    });
    return;
  }
  const actual = await fileDigest(path);
  if (actual.bytes !== shard.bytes)
    out.push({
      path: shard.path,
      kind: 'bytes',
      message: `${shard.path}: ${actual.bytes} bytes, the manifest says ${shard.bytes}`,
    });
  else if (actual.sha256 !== shard.sha256)
    out.push({
      path: shard.path,
      kind: 'sha256',
      message: `${shard.path}: sha256 ${actual.sha256.slice(0, 12)}…, the manifest says ${shard.sha256.slice(0, 12)}…`,
    });
  const records = await checkRecords(dir, shard, out);
  if (records !== shard.records)
    out.push({
      path: shard.path,
      kind: 'records',
      message: `${shard.path}: ${records} records, the manifest says ${shard.records}`,
    });
}

/** Each split's shards of one format must add up to the split's sample count. */
function checkCounts(manifest: Manifest, out: ShardMismatch[]): void {
  for (const split of SPLITS) {
    const expected = manifest.counts.perSplit[split].samples;
    const formats = new Set(manifest.shards.filter((s) => s.split === split).map((s) => s.format));
    if (formats.size === 0 && expected > 0)
      out.push({
        path: 'manifest.json',
        kind: 'counts',
        message: `split '${split}' has ${expected} samples but no shards`,
      });
    for (const format of formats) {
      const listed = manifest.shards
        .filter((s) => s.split === split && s.format === format)
        .reduce((sum, s) => sum + s.records, 0);
      if (listed !== expected)
        out.push({
          path: 'manifest.json',
          kind: 'counts',
          message: `split '${split}': its ${format} shards hold ${listed} records, counts.perSplit says ${expected}`,
        });
    }
  }
}

const SHARD_NAME = /^(train|dev|test)-\d{5,}-of-\d{5,}\.(jsonl|jsonl\.gz|parquet)$/;

/** Shard-named files the manifest does not list: leftovers of another build that loaders would pick up. */
async function checkUnlisted(dir: string, manifest: Manifest, out: ShardMismatch[]): Promise<void> {
  let names: string[];
  try {
    names = await readdir(join(dir, 'data'));
  } catch {
    return;
  }
  const listed = new Set(manifest.shards.map((shard) => shard.path));
  for (const name of names.sort()) {
    const path = `data/${name}`;
    if (SHARD_NAME.test(name) && !listed.has(path))
      out.push({
        path,
        kind: 'unlisted',
        message: `${path}: a shard file the manifest does not list (left from another build?)`,
      });
  }
}

export async function verifyDataset(dir: string, manifest: Manifest): Promise<ShardMismatch[]> {
  const out: ShardMismatch[] = [];
  checkCounts(manifest, out);
  for (const shard of manifest.shards) await verifyShard(dir, shard, out);
  await checkUnlisted(dir, manifest, out);
  return out;
}
