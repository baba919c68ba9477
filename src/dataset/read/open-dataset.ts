/**
 * A built dataset opened for reading: its validated manifest, a streaming sample iterator, paging with
 * filters for the viewer, and verification of every shard against the manifest. Nothing here loads a
 * whole dataset; the most held at once is one Parquet shard.
 */
import { access } from 'node:fs/promises';
import { join } from 'node:path';
import { SemtraceError } from '../../errors.js';
import { type Manifest, type Sample, type ShardInfo, SPLITS, type Split } from '../types.js';
import { loadManifest } from './load-manifest.js';
import { compileFilter, isEmptyFilter, type SampleFilter } from './sample-filter.js';
import { shardSamples } from './shard-records.js';
import { type ShardMismatch, verifyDataset } from './verify-dataset.js';

export interface SamplePage {
  split: Split;
  offset: number;
  limit: number;
  /** Samples matching the filter in the split (all of them when there is no filter). */
  total: number;
  samples: Sample[];
}

export interface Dataset {
  dir: string;
  manifest: Manifest;
  /** The shards `samples()` reads for a split: JSONL(.gz) when the build wrote it, else Parquet. */
  readableShards(split: Split): ShardInfo[];
  /** Every sample of one split, or of all splits in train, dev, test order, streamed. */
  samples(split?: Split): AsyncGenerator<Sample>;
  /** `limit` samples from `offset` among those matching `filter`; a linear scan, never a full load. */
  page(split: Split, offset: number, limit: number, filter?: SampleFilter): Promise<SamplePage>;
  /** Every way the files differ from the manifest; an empty list means the dataset is intact. */
  verify(): Promise<ShardMismatch[]>;
}

export function readableShards(manifest: Manifest, split: Split): ShardInfo[] {
  const ofSplit = manifest.shards.filter((shard) => shard.split === split);
  const jsonl = ofSplit.filter((shard) => shard.format !== 'parquet');
  const chosen = jsonl.length > 0 ? jsonl : ofSplit;
  return [...chosen].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** Samples of a split from its `skipShards`-th readable shard on. */
async function* splitSamples(
  dir: string,
  manifest: Manifest,
  split: Split,
  skipShards = 0,
): AsyncGenerator<Sample> {
  for (const shard of readableShards(manifest, split).slice(skipShards)) {
    const path = join(dir, shard.path);
    try {
      await access(path);
    } catch {
      throw new SemtraceError(
        'SEMTRACE_SHARD_MISMATCH',
        `shard '${shard.path}' listed in the manifest is missing from '${dir}'; run \`semtrace stats ${dir}\` to check every shard, or rebuild`,
      );
    }
    yield* shardSamples(path, shard.format);
  }
}

function checkPageArguments(split: Split, offset: number, limit: number): void {
  if (!SPLITS.includes(split))
    throw new SemtraceError(
      'SEMTRACE_BAD_REQUEST',
      `unknown split '${split}'; use one of ${SPLITS.join(', ')}`,
    );
  if (!Number.isInteger(offset) || offset < 0 || !Number.isInteger(limit) || limit < 0)
    throw new SemtraceError(
      'SEMTRACE_BAD_REQUEST',
      `page offset and limit must be whole numbers ≥ 0, got offset ${offset}, limit ${limit}`,
    );
}

export async function openDataset(dir: string): Promise<Dataset> {
  const manifest = await loadManifest(dir);

  async function* samples(split?: Split): AsyncGenerator<Sample> {
    for (const each of split ? [split] : SPLITS) yield* splitSamples(dir, manifest, each);
  }

  async function page(
    split: Split,
    offset: number,
    limit: number,
    filter?: SampleFilter,
  ): Promise<SamplePage> {
    checkPageArguments(split, offset, limit);
    const matches = compileFilter(filter);
    const unfiltered = isEmptyFilter(filter);
    const shards = readableShards(manifest, split);
    const found: Sample[] = [];
    let matched = 0;
    let skipShards = 0;
    // Without a filter, shards wholly before the offset are skipped using their manifest record counts.
    while (unfiltered && skipShards < shards.length && matched + shards[skipShards]!.records <= offset)
      matched += shards[skipShards++]!.records;
    for await (const sample of splitSamples(dir, manifest, split, skipShards)) {
      if (!matches(sample)) continue;
      if (matched >= offset && found.length < limit) found.push(sample);
      matched++;
      // Without a filter the manifest already knows the total, so the scan can stop at the page's end.
      if (unfiltered && found.length === limit) break;
    }
    const total = unfiltered ? shards.reduce((sum, shard) => sum + shard.records, 0) : matched;
    return { split, offset, limit, total, samples: found };
  }

  return {
    dir,
    manifest,
    readableShards: (split) => readableShards(manifest, split),
    samples,
    page,
    verify: () => verifyDataset(dir, manifest),
  };
}
