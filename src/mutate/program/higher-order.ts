import { seededRandom } from '../../common/random.js';
import type { DuplicateFilter } from './duplicates.js';
import type { ValidEdit } from './first-order.js';
import type { ReparseCheck } from './reparse-check.js';

/** Edits touching the same text, or inserting at the same point, cannot be applied independently. */
function overlaps(a: ValidEdit, b: ValidEdit): boolean {
  return a.start === b.start || (a.start < b.end && b.start < a.end);
}

/** Tries per requested mutant before giving up on programs with few combinable edits. */
const ATTEMPTS_PER_MUTANT = 20;

export interface HigherOrderRequest {
  source: string;
  firstOrder: readonly ValidEdit[];
  order: number;
  count: number;
  seed: number;
  check: ReparseCheck;
  /** Already holds every first-order mutant, so a combination never repeats one. */
  duplicates: DuplicateFilter;
}

/**
 * Up to `count` distinct higher-order mutants, each applying `order` non-overlapping first-order edits
 * drawn with the seeded PRNG, re-parsed incrementally and deduplicated like first-order ones. Each
 * result lists its edits by offset, each carrying the combined program as `source`.
 */
export function higherOrderEdits(request: HigherOrderRequest): ValidEdit[][] {
  const { source, firstOrder, order, count, check, duplicates } = request;
  if (firstOrder.length < order) return [];
  const random = seededRandom(request.seed);
  const results: ValidEdit[][] = [];
  for (let attempt = 0; attempt < count * ATTEMPTS_PER_MUTANT && results.length < count; attempt++) {
    const picked = pickDisjoint(firstOrder, order, random);
    if (!picked) continue;
    const key = duplicates.fresh(picked);
    if (key === undefined) continue;
    const mutated = applyEdits(source, picked);
    if (!check.parses(picked, mutated)) continue;
    duplicates.remember(key);
    results.push(picked.map((edit) => ({ ...edit, source: mutated })));
  }
  return results;
}

function pickDisjoint(
  edits: readonly ValidEdit[],
  order: number,
  random: () => number,
): ValidEdit[] | undefined {
  const picked: ValidEdit[] = [];
  for (let tries = 0; picked.length < order && tries < order * 4; tries++) {
    const edit = edits[Math.floor(random() * edits.length)];
    if (edit && !picked.some((other) => overlaps(edit, other))) picked.push(edit);
  }
  return picked.length === order ? picked.sort((a, b) => a.start - b.start) : undefined;
}

/** Applies non-overlapping edits (sorted by offset) from the last to the first, so offsets stay valid. */
export function applyEdits(source: string, edits: readonly ValidEdit[]): string {
  let text = source;
  for (let i = edits.length - 1; i >= 0; i--) {
    const edit = edits[i] as ValidEdit;
    text = text.slice(0, edit.start) + edit.replacement + text.slice(edit.end);
  }
  return text;
}
