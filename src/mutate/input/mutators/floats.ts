import { randomFloat } from '../synthesize.js';
import { type PyValue, py } from '../value.js';
import { mutatorFor, type ValueMutator } from './mutator.js';

function changed(before: number, after: number): PyValue | undefined {
  return Object.is(before, after) || (Number.isNaN(before) && Number.isNaN(after))
    ? undefined
    : py.float(after);
}

/** Scale factors that keep short decimals short (dividing by 10 rather than multiplying by 0.1). */
const SCALES: readonly ((x: number) => number)[] = [(x) => x * 2, (x) => x / 2, (x) => x * 10, (x) => x / 10];

export const floatMutators: readonly ValueMutator[] = [
  mutatorFor('float-scale', 'float', (v, { rng }) => changed(v.value, rng.pick(SCALES)(v.value))),
  // -0.0 == 0.0 in Python, so negating zero would give an equal input.
  mutatorFor('float-negate', 'float', (v) => (v.value === 0 ? undefined : changed(v.value, -v.value))),
  mutatorFor('float-zero', 'float', (v) => (v.value === 0 ? undefined : py.float(0))),
  mutatorFor('float-nudge', 'float', (v, { rng }) =>
    changed(v.value, v.value + rng.pick([-1, -0.5, 0.5, 1])),
  ),
  mutatorFor('float-random', 'float', (v, { rng }) => changed(v.value, randomFloat(rng, v.value))),
  // NaN is left out on purpose: it is unequal to itself, which makes expected outputs meaningless.
  mutatorFor('float-special', 'float', (v, { rng }) =>
    changed(v.value, rng.pick([Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY])),
  ),
];
