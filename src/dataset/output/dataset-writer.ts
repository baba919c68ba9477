/**
 * Writes a build's samples into final-named shards: JSONL (optionally gzip) and optionally Parquet.
 * Samples arrive grouped by split in plan order, so each shard's name is known before its first record.
 * A shard is streamed to its temporary files while it fills: JSON lines in batches of about
 * BATCH_BYTES (through gzip when asked), Parquet one row group of PARQUET_ROW_GROUP_ROWS rows at a
 * time, so the writer's memory does not grow with the shard size. When a shard is full its files are
 * synced and renamed to their final names, and their size and sha256 are kept for the manifest.
 */
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import {
  type AtomicFile,
  createAtomicFile,
  temporaryPathFor,
  type WrittenFile,
} from '../../common/atomic-file.js';
import { SemtraceError } from '../../errors.js';
import type { FormatName, Sample, ShardInfo } from '../types.js';
import { createDeterministicGzip, type DeterministicGzipStream } from './deterministic-gzip.js';
import { type ParquetRow, sampleToRow } from './parquet-columns.js';
import {
  createParquetShardEncoder,
  PARQUET_ROW_GROUP_ROWS,
  type ParquetShardEncoder,
} from './parquet-encode.js';
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
  /** Adds the next sample; resolves once it is buffered or written (and, for a shard's last sample, once the shard is on disk). */
  write(sample: Sample): Promise<void>;
  /** Checks every planned sample arrived and returns the files written, in write order. */
  close(): Promise<ShardInfo[]>;
  /** Stops and removes what this writer wrote, finished shards included: no partial dataset remains. */
  abort(): Promise<void>;
}

/** JSON text gathered before one write to the shard's file: few system calls, never one huge string. */
const BATCH_BYTES = 1 << 20;

/** The shard being filled: its files under their temporary names and what is not yet written to them. */
interface OpenShard {
  slot: ShardSlot;
  /** Samples added so far. */
  received: number;
  jsonl: AtomicFile;
  /** Set for `.jsonl.gz`: the lines go through it into `jsonl`. */
  gzip: DeterministicGzipStream | undefined;
  /** Lines not yet written, and their length in characters. */
  lines: string[];
  lineChars: number;
  parquet: { file: AtomicFile; encoder: ParquetShardEncoder; rows: ParquetRow[] } | undefined;
}

export function createDatasetWriter(options: WriteOptions, plan: ShardPlan[]): DatasetWriter {
  const slots = planShards(plan, options.shardSize);
  const jsonlFormat: ShardInfo['format'] = options.gzip ? 'jsonl.gz' : 'jsonl';
  const shards: ShardInfo[] = [];
  let slotIndex = 0;
  let current: OpenShard | undefined;
  let state: 'open' | 'failed' | 'closed' | 'aborted' = 'open';
  // Calls run one after another even when a caller does not await, so shard order stays fixed.
  let queue: Promise<unknown> = Promise.resolve();

  function serialize<T>(task: () => Promise<T>): Promise<T> {
    const next = queue.then(task);
    queue = next.catch(() => undefined);
    return next;
  }

  function ensureOpen(): void {
    if (state === 'failed')
      throw new SemtraceError(
        'SEMTRACE_BAD_REQUEST',
        'the dataset writer failed to write a shard; abort it to remove what it wrote, and open a new one',
      );
    if (state !== 'open')
      throw new SemtraceError(
        'SEMTRACE_BAD_REQUEST',
        `the dataset writer is ${state}; open a new one to write again`,
      );
  }

  const fullPath = (slot: ShardSlot, format: ShardInfo['format']) =>
    join(options.dir, `${slot.stem}.${format}`);

  function openShard(slot: ShardSlot): OpenShard {
    const jsonl = createAtomicFile(fullPath(slot, jsonlFormat));
    return {
      slot,
      received: 0,
      jsonl,
      gzip: options.gzip ? createDeterministicGzip((chunk) => jsonl.append(chunk)) : undefined,
      lines: [],
      lineChars: 0,
      parquet: options.parquet
        ? {
            file: createAtomicFile(fullPath(slot, 'parquet')),
            encoder: createParquetShardEncoder(options.formats),
            rows: [],
          }
        : undefined,
    };
  }

  async function writeLines(shard: OpenShard): Promise<void> {
    if (shard.lines.length === 0) return;
    const batch = Buffer.from(shard.lines.join(''), 'utf8');
    shard.lines = [];
    shard.lineChars = 0;
    await (shard.gzip ? shard.gzip.write(batch) : shard.jsonl.append(batch));
  }

  async function writeRowGroup(parquet: NonNullable<OpenShard['parquet']>): Promise<void> {
    if (parquet.rows.length === 0) return;
    const bytes = parquet.encoder.writeRowGroup(parquet.rows);
    parquet.rows = [];
    await parquet.file.append(bytes);
  }

  function record(slot: ShardSlot, format: ShardInfo['format'], written: WrittenFile): ShardInfo {
    return { path: `${slot.stem}.${format}`, split: slot.split, format, records: slot.records, ...written };
  }

  /** Writes what the full shard still holds and moves its files to their final names. */
  async function finishShard(shard: OpenShard): Promise<void> {
    await writeLines(shard);
    await shard.gzip?.end();
    shards.push(record(shard.slot, jsonlFormat, await shard.jsonl.commit()));
    if (shard.parquet) {
      await writeRowGroup(shard.parquet);
      await shard.parquet.file.append(shard.parquet.encoder.finish());
      shards.push(record(shard.slot, 'parquet', await shard.parquet.file.commit()));
    }
  }

  async function discardShard(shard: OpenShard): Promise<void> {
    shard.gzip?.destroy();
    await shard.jsonl.discard();
    await shard.parquet?.file.discard();
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
    // Serialize now, so a caller may reuse or mutate the object after write() returns. Both the row
    // (which checks the renders) and the line are made before the sample is added anywhere, so a
    // rejected sample leaves nothing behind.
    const row = options.parquet ? sampleToRow(sample, options.formats) : undefined;
    const line = `${JSON.stringify(sample)}\n`;
    current ??= openShard(slot);
    const shard = current;
    shard.received++;
    shard.lines.push(line);
    shard.lineChars += line.length;
    if (row) shard.parquet?.rows.push(row);
    try {
      if (shard.lineChars >= BATCH_BYTES) await writeLines(shard);
      if (shard.parquet && shard.parquet.rows.length >= PARQUET_ROW_GROUP_ROWS)
        await writeRowGroup(shard.parquet);
      if (shard.received === slot.records) {
        await finishShard(shard);
        current = undefined;
        slotIndex++;
      }
    } catch (error) {
      // The shard's files miss what failed to land: nothing more may be added; abort() cleans up.
      state = 'failed';
      throw error;
    }
  }

  async function removeWritten(): Promise<void> {
    for (const slot of slots) {
      for (const format of [jsonlFormat, 'parquet'] as const)
        await rm(temporaryPathFor(fullPath(slot, format)), { force: true });
    }
    for (const shard of shards) await rm(join(options.dir, shard.path), { force: true });
    shards.length = 0;
  }

  async function abort(): Promise<void> {
    if (state === 'aborted') return;
    state = 'aborted';
    const shard = current;
    current = undefined;
    if (shard) await discardShard(shard);
    await removeWritten();
  }

  async function close(): Promise<ShardInfo[]> {
    ensureOpen();
    if (slotIndex < slots.length) {
      const planned = slots.reduce((sum, s) => sum + s.records, 0);
      const received =
        slots.slice(0, slotIndex).reduce((sum, s) => sum + s.records, 0) + (current?.received ?? 0);
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
    // Abort waits for a write in progress to land, so it can remove that shard's files too.
    abort: () => serialize(abort),
  };
}
