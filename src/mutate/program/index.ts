/** Program mutation: line-preserving, always-parsing mutants of Python source. */
export { mutateProgram } from './mutate-program.js';
export { listOperators, OPERATORS } from './registry.js';
export type {
  Edit,
  Mutant,
  MutantEdit,
  MutateOptions,
  MutationContext,
  MutationOperator,
  OperatorInfo,
} from './types.js';
