import { boolMutators } from './bools.js';
import { bytesMutators } from './bytes.js';
import { complexMutators } from './complex.js';
import { dictMutators } from './dicts.js';
import { floatMutators } from './floats.js';
import { intMutators } from './ints.js';
import type { ValueMutator } from './mutator.js';
import { sequenceMutators } from './sequences.js';
import { shapeChangeMutators } from './shape-change.js';
import { strMutators } from './strings.js';

export type { ValueMutationContext, ValueMutator } from './mutator.js';

/** Every value mutator, one family per file; the engine picks among those that apply to a value. */
export const VALUE_MUTATORS: readonly ValueMutator[] = [
  ...intMutators,
  ...floatMutators,
  ...complexMutators,
  ...boolMutators,
  ...strMutators,
  ...bytesMutators,
  ...sequenceMutators,
  ...dictMutators,
  ...shapeChangeMutators,
];
