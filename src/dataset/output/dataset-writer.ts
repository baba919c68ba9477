/**
 * Writes a build's samples into final-named shards: JSONL (optionally gzip) and optionally Parquet.
 * Samples arrive grouped by split in plan order, so each shard's name is known before its first record;
 * the writer holds one shard in memory, writes it through a temporary file when it is full, and reports
 * the size and sha256 of every finished file for the manifest.
 */
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { SemtraceError } from '../../errors.js';
import type { FormatName, Sample, ShardInfo } from '../types.js';
import { temporaryPathFor, writeFileAtomic } from './atomic-file.js';
import { deterministicGzip } from './deterministic-gzip.js';
import { type ParquetRow, sampleToRow } from './parquet-columns.js';
import { encodeParquetShard } from './parquet-encode.js';
import { planShards, type ShardPlan, type ShardSlot } from './shard-plan.js';

export type { ShardPlan } from './shard-plan.js';

export interface WriteOptions {
  /** The dataset's root; shards go to `<dir>/data/`. */
  dir: string;
  /** Most records in one shard. */
  shardSize: number;
  /** Write `.jsonl.gz` instead of `.jsonl`. */
  gzip: boolean;
  /** Also write each shard as `.parquet`. */
  parquet: boolean;
  /** Rendered formats the samples may carry: one Parquet column each. */
  formats: FormatName[];
}

export interface DatasetWriter {
  /** Adds the next sample; resolves once it is buffered (or its shard is on disk). */
  write(sample: Sample): Promise<void>;
  /** Checks every planned sample arrived and returns the files written, in write order. */
  close(): Promise<ShardInfo[]>;
  /** Stops and removes what this writer wrote, finished shards included: no partial dataset remains. */
  abort(): Promise<void>;
}

/** Bytes per write: large enough for few system calls, small enough to never build one huge string. */
const BATCH_BYTES = 1 << 20;

/** JSON lines grouped into buffers of about BATCH_BYTES each. */
function batchLines(lines: readonly string[]): Buffer[] {
  const batches: Buffer[] = [];
  let pending: string[] = [];
  let size = 0;
  for (const line of lines) {
    pending.push(line);
    size += line.length;
    if (size >= BATCH_BYTES) {
      batches.push(Buffer.from(pending.join(''), 'utf8'));
      pending = [];
      size = 0;
    }
  }
  if (pending.length > 0) batches.push(Buffer.from(pending.join(''), 'utf8'));
  return batches;
}

export function createDatasetWriter(options: WriteOptions, plan: ShardPlan[]): DatasetWriter {
  const slots = planShards(plan, options.shardSize);
  const jsonlFormat: ShardInfo['format'] = options.gzip ? 'jsonl.gz' : 'jsonl';
  const shards: ShardInfo[] = [];
  let slotIndex = 0;
  let lines: string[] = [];
  let rows: ParquetRow[] = [];
  let state: 'open' | 'closed' | 'aborted' = 'open';
  // Calls run one after another even when a caller does not await, so shard order stays fixed.
  let queue: Promise<unknown> = Promise.resolve();

  function serialize<T>(task: () => Promise<T>): Promise<T> {
    const next = queue.then(task);
    queue = next.catch(() => undefined);
    return next;
  }

  function ensureOpen(): void {
    if (state !== 'open')
      throw new SemtraceError(
        'SEMTRACE_BAD_REQUEST',
        `the dataset writer is ${state}; open a new one to write again`,
      );
  }

  async function writeShardFile(slot: ShardSlot, format: ShardInfo['format'], data: readonly Uint8Array[]) {
    const path = `${slot.stem}.${format}`;
    const written = await writeFileAtomic(join(options.dir, path), data);
    shards.push({ path, split: slot.split, format, records: slot.records, ...written });
  }

  async function flush(slot: ShardSlot): Promise<void> {
    const chunks = batchLines(lines);
    const shardRows = rows;
    lines = [];
    rows = [];
    await writeShardFile(slot, jsonlFormat, options.gzip ? [await deterministicGzip(chunks)] : chunks);
    if (options.parquet)
      await writeShardFile(slot, 'parquet', [encodeParquetShard(shardRows, options.formats)]);
  }

  async function write(sample: Sample): Promise<void> {
    ensureOpen();
    const slot = slots[slotIndex];
    if (!slot)
      throw new SemtraceError(
        'SEMTRACE_BAD_DATA',
        `more samples than planned: the plan holds ${slots.reduce((sum, s) => sum + s.records, 0)} (sample ${sample.id})`,
      );
    if (sample.split !== slot.split)
      throw new SemtraceError(
        'SEMTRACE_BAD_DATA',
        `sample ${sample.id} belongs to '${sample.split}' but the writer expects '${slot.split}' next: samples must arrive grouped by split, in plan order, with the planned count per split`,
      );
    // Serialize now, not at flush time, so a caller may reuse or mutate the object after write() returns.
    // The row first: it checks the renders, and a rejected sample must leave neither file's buffer.
    const row = options.parquet ? sampleToRow(sample, options.formats) : undefined;
    lines.push(`${JSON.stringify(sample)}\n`);
    if (row) rows.push(row);
    if (lines.length === slot.records) {
      slotIndex++;
      await flush(slot);
    }
  }

  async function removeWritten(): Promise<void> {
    for (const slot of slots) {
      for (const format of [jsonlFormat, 'parquet'] as const) {
        const path = join(options.dir, `${slot.stem}.${format}`);
        await rm(temporaryPathFor(path), { force: true });
      }
    }
    for (const shard of shards) await rm(join(options.dir, shard.path), { force: true });
    shards.length = 0;
  }

  async function abort(): Promise<void> {
    if (state === 'aborted') return;
    state = 'aborted';
    lines = [];
    rows = [];
    await removeWritten();
  }

  async function close(): Promise<ShardInfo[]> {
    ensureOpen();
    if (slotIndex < slots.length) {
      const planned = slots.reduce((sum, s) => sum + s.records, 0);
      const received = slots.slice(0, slotIndex).reduce((sum, s) => sum + s.records, 0) + lines.length;
      await abort();
      throw new SemtraceError(
        'SEMTRACE_BAD_DATA',
        `the writer received ${received} of ${planned} planned samples (next expected split '${slots[slotIndex]?.split}'); the shards written so far were removed`,
      );
    }
    state = 'closed';
    return [...shards];
  }

  return {
    write: (sample) => serialize(() => write(sample)),
    close: () => serialize(close),
    // Abort waits for a shard being written to land, so it can remove that file too.
    abort: () => serialize(abort),
  };
}
