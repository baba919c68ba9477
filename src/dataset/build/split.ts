/** Train / dev / test assignment by source program, so every variant of a program lands in one split. */
import { createHash } from 'node:crypto';
import { SPLITS, type Split } from '../types.js';

/** Deterministic for (seed, sourceId): a uniform draw in [0, 1) from a hash, cut by the ratios. */
export function assignSplit(sourceId: string, seed: number, ratios: Record<Split, number>): Split {
  const draw = createHash('sha256').update(`split\0${seed}\0${sourceId}`).digest().readUInt32BE(0) / 2 ** 32;
  let cumulative = 0;
  for (const split of SPLITS) {
    cumulative += ratios[split];
    if (draw < cumulative) return split;
  }
  // Rounding can leave the top of the range unassigned: give it to the last split that has any share.
  return [...SPLITS].reverse().find((split) => ratios[split] > 0) ?? 'train';
}
