/**
 * Where each sample of a build goes. The builder knows every split's size before it writes, so shard
 * names can carry their final `-of-N` count from the start and never need renaming after the fact.
 */
import { SemtraceError } from '../../errors.js';
import { SPLITS, type Split } from '../types.js';

/** How many records a split will receive, known before writing starts. */
export interface ShardPlan {
  split: Split;
  records: number;
}

/** One shard to write: its split, position and how many records it takes. */
export interface ShardSlot {
  split: Split;
  index: number;
  of: number;
  records: number;
  /** `data/<split>-<i:05d>-of-<n:05d>`: the file name without its extension. */
  stem: string;
}

function pad5(value: number): string {
  return String(value).padStart(5, '0');
}

export function shardStem(split: Split, index: number, of: number): string {
  return `data/${split}-${pad5(index)}-of-${pad5(of)}`;
}

/**
 * Shards in write order: splits in the order the plan lists them, each filled to `shardSize` records
 * before the next starts (the last one of a split takes the rest). A split without records gets no file.
 */
export function planShards(plan: readonly ShardPlan[], shardSize: number): ShardSlot[] {
  if (!Number.isInteger(shardSize) || shardSize <= 0)
    throw new SemtraceError(
      'SEMTRACE_BAD_OPTION',
      `shard size must be a positive whole number, got ${shardSize}`,
    );
  const seen = new Set<Split>();
  const slots: ShardSlot[] = [];
  for (const { split, records } of plan) {
    if (!SPLITS.includes(split))
      throw new SemtraceError(
        'SEMTRACE_BAD_DATA',
        `unknown split '${split}'; use one of ${SPLITS.join(', ')}`,
      );
    if (seen.has(split))
      throw new SemtraceError('SEMTRACE_BAD_DATA', `split '${split}' appears twice in the shard plan`);
    if (!Number.isInteger(records) || records < 0)
      throw new SemtraceError('SEMTRACE_BAD_DATA', `split '${split}' plans ${records} records`);
    seen.add(split);
    const of = Math.ceil(records / shardSize);
    for (let index = 0; index < of; index++) {
      const count = Math.min(shardSize, records - index * shardSize);
      slots.push({ split, index, of, records: count, stem: shardStem(split, index, of) });
    }
  }
  return slots;
}
