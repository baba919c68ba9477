export { Rng } from '../../common/random.js';
export { dedupeSetItems, hashKey } from './equality.js';
export {
  type InputMutant,
  type MutateInputOptions,
  mutateArgs,
  mutateInput,
  mutateInputDetailed,
} from './mutate.js';
export { VALUE_MUTATORS, type ValueMutationContext, type ValueMutator } from './mutators/index.js';
export { parseArgs, parseValue } from './parser.js';
export { type PrintOptions, printArgs, printValue } from './printer.js';
export { printComplex, printFloat, reprBytes, reprFiniteFloat, reprStr } from './repr.js';
export { isHomogeneousTuple, isSameShape, shapeSignature } from './shape.js';
export { synthesizeLike } from './synthesize.js';
export * from './value.js';
