import { randomInt } from '../synthesize.js';
import { py } from '../value.js';
import { mutatorFor, type ValueMutator } from './mutator.js';

/** Values where integer code often changes behaviour: zero, ±1, and the 32/64-bit limits. */
export const INT_BOUNDARIES: readonly bigint[] = [
  0n,
  1n,
  -1n,
  2n,
  2n ** 31n - 1n,
  -(2n ** 31n),
  2n ** 32n,
  2n ** 63n - 1n,
  -(2n ** 63n),
];

export const intMutators: readonly ValueMutator[] = [
  mutatorFor('int-plus-one', 'int', (v) => py.int(v.value + 1n)),
  mutatorFor('int-minus-one', 'int', (v) => py.int(v.value - 1n)),
  mutatorFor('int-negate', 'int', (v) => (v.value === 0n ? undefined : py.int(-v.value))),
  mutatorFor('int-zero', 'int', (v) => (v.value === 0n ? undefined : py.int(0))),
  mutatorFor('int-boundary', 'int', (v, { rng }) => {
    const choices = INT_BOUNDARIES.filter((boundary) => boundary !== v.value);
    return py.int(rng.pick(choices));
  }),
  mutatorFor('int-random', 'int', (v, { rng }) => {
    const value = randomInt(rng, v.value);
    return value === v.value ? undefined : py.int(value);
  }),
];
