import { py } from '../value.js';
import { mutatorFor, type ValueMutator } from './mutator.js';

/** `None` has no same-typed alternative, so it only changes under `allowShapeChange` (see shape-change). */
export const boolMutators: readonly ValueMutator[] = [
  mutatorFor('bool-flip', 'bool', (v) => py.bool(!v.value)),
];
