import { dedupeSetItems, hashKey } from '../equality.js';
import { isHomogeneousTuple } from '../shape.js';
import { synthesizeDistinct, synthesizeLike } from '../synthesize.js';
import { type PyKind, type PyValue, py } from '../value.js';
import type { ValueMutationContext, ValueMutator } from './mutator.js';

type Sequence = { kind: 'list' | 'tuple' | 'set'; items: readonly PyValue[] };
const KINDS: readonly PyKind[] = ['list', 'tuple', 'set'];

function rebuild(kind: Sequence['kind'], items: readonly PyValue[]): PyValue {
  if (kind === 'list') return py.list(items);
  return kind === 'tuple' ? py.tuple(items) : py.set(items);
}

/**
 * A heterogeneous tuple such as `(1, 'a')` is a record: changing its length changes its type, so only
 * its items mutate unless shape changes are allowed.
 */
function resizable(sequence: Sequence, context: ValueMutationContext): boolean {
  return sequence.kind !== 'tuple' || context.allowShapeChange || isHomogeneousTuple(sequence.items);
}

/** Declares a container mutator over list, tuple and set. */
function sequenceMutator(
  name: string,
  mutate: (sequence: Sequence, context: ValueMutationContext) => PyValue | undefined,
  options: { resizes: boolean; weight?: number; skipSets?: boolean },
): ValueMutator {
  return {
    name,
    kinds: options.skipSets ? ['list', 'tuple'] : KINDS,
    ...(options.weight === undefined ? {} : { weight: options.weight }),
    mutate(value, context) {
      if (value.kind !== 'list' && value.kind !== 'tuple' && value.kind !== 'set') return undefined;
      if (options.skipSets && value.kind === 'set') return undefined;
      if (options.resizes && !resizable(value, context)) return undefined;
      return mutate(value, context);
    },
  };
}

export const sequenceMutators: readonly ValueMutator[] = [
  sequenceMutator(
    'seq-drop-item',
    ({ kind, items }, { rng }) => {
      if (items.length === 0) return undefined;
      const at = rng.int(0, items.length - 1);
      return rebuild(kind, items.toSpliced(at, 1));
    },
    { resizes: true },
  ),
  // A set cannot hold a duplicate, so duplication is for lists and tuples only.
  sequenceMutator(
    'seq-duplicate-item',
    ({ kind, items }, { rng }) => {
      if (items.length === 0) return undefined;
      const at = rng.int(0, items.length - 1);
      return rebuild(kind, items.toSpliced(at, 0, items[at] as PyValue));
    },
    { resizes: true, skipSets: true },
  ),
  sequenceMutator(
    'seq-insert-item',
    ({ kind, items }, { rng }) => {
      if (items.length === 0) return undefined;
      const item =
        kind === 'set' ? synthesizeDistinct(items, items, rng) : synthesizeLike(rng.pick(items), rng);
      return item === undefined
        ? undefined
        : rebuild(kind, items.toSpliced(rng.int(0, items.length), 0, item));
    },
    { resizes: true },
  ),
  sequenceMutator(
    'seq-mutate-item',
    ({ kind, items }, { rng, mutateChild }) => {
      if (items.length === 0) return undefined;
      const at = rng.int(0, items.length - 1);
      const item = mutateChild(items[at] as PyValue);
      if (item === undefined) return undefined;
      const next = items.with(at, item);
      // A mutated set item that now equals another item would silently shrink the set.
      if (kind === 'set' && (hashKey(item) === null || dedupeSetItems(next).length !== next.length))
        return undefined;
      return rebuild(kind, next);
    },
    { resizes: false, weight: 4 },
  ),
  // Set order is decided by hashing, not by the source, so shuffling a set changes nothing.
  sequenceMutator(
    'seq-shuffle',
    ({ kind, items }, { rng }) => {
      if (items.length < 2) return undefined;
      return rebuild(kind, rng.shuffle(items));
    },
    { resizes: false, skipSets: true },
  ),
  sequenceMutator('seq-empty', ({ kind, items }) => (items.length === 0 ? undefined : rebuild(kind, [])), {
    resizes: true,
  }),
];
