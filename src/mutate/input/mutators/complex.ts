import { randomFloat } from '../synthesize.js';
import { py } from '../value.js';
import { mutatorFor, type ValueMutator } from './mutator.js';

export const complexMutators: readonly ValueMutator[] = [
  mutatorFor('complex-negate', 'complex', (v) =>
    v.real === 0 && v.imag === 0 ? undefined : py.complex(-v.real, -v.imag),
  ),
  mutatorFor('complex-conjugate', 'complex', (v) => (v.imag === 0 ? undefined : py.complex(v.real, -v.imag))),
  mutatorFor('complex-random-part', 'complex', (v, { rng }) =>
    rng.chance(0.5)
      ? py.complex(randomFloat(rng, v.real), v.imag)
      : py.complex(v.real, randomFloat(rng, v.imag)),
  ),
];
