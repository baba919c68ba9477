export { SemtraceError, isSemtraceError, type SemtraceErrorCode } from './errors.js';

// Engine: run Python safely and record traces.
export {
  Engine,
  createEngine,
  type EngineInfo,
  type EngineOptions,
  type IndexedResult,
  type RunManyOptions,
} from './engine/engine.js';
export { DEFAULT_LIMITS } from './engine/limits.js';
export type { IsolationDemand } from './engine/isolation.js';
export type * from './engine/types.js';

// Traces: derived views.
export { diffVariables, nextEventInFrame, stateAfter, type VariableChange } from './trace/state-after.js';
export { renderReadableTrace } from './trace/readable.js';

// Mutation: program mutants and type-aware input mutation.
export * as programMutation from './mutate/program/index.js';
export * as inputMutation from './mutate/input/index.js';
export { mutateProgram, listOperators } from './mutate/program/index.js';
export { mutateInput, parseArgs, printArgs } from './mutate/input/index.js';
