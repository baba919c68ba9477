import type { Rng } from '../../../common/random.js';
import type { PyKind, PyValue, PyValueOf } from '../value.js';

/** What a mutator may consult besides the value: the PRNG, the options, and recursion into children. */
export interface ValueMutationContext {
  readonly rng: Rng;
  readonly allowShapeChange: boolean;
  /** Mutates a child value with the whole registry; undefined when nothing applies. */
  readonly mutateChild: (value: PyValue) => PyValue | undefined;
}

/**
 * One named mutation for one or more value kinds. `mutate` returns a changed value, or undefined when it
 * does not apply to this particular value (an empty list cannot lose an item).
 */
export interface ValueMutator {
  readonly name: string;
  readonly kinds: readonly PyKind[];
  /** Mutators that change the type shape run only with `allowShapeChange`. */
  readonly changesShape?: boolean;
  /** Relative chance of being picked among the mutators that apply (default 1). */
  readonly weight?: number;
  mutate(value: PyValue, context: ValueMutationContext): PyValue | undefined;
}

/** Declares a mutator for one kind with the value already narrowed to that kind. */
export function mutatorFor<K extends PyKind>(
  name: string,
  kind: K,
  mutate: (value: PyValueOf<K>, context: ValueMutationContext) => PyValue | undefined,
  extra: { weight?: number; changesShape?: boolean } = {},
): ValueMutator {
  return {
    name,
    kinds: [kind],
    ...extra,
    mutate: (value, context) => (value.kind === kind ? mutate(value as PyValueOf<K>, context) : undefined),
  };
}
