import { SemtraceError } from '../../errors.js';
import { arithmeticOperatorDeletion } from './operators/aod.js';
import { arithmeticOperatorReplacement } from './operators/aor.js';
import { dropArgument } from './operators/arg.js';
import { augmentedAssignmentReplacement } from './operators/asr.js';
import { breakContinueReplacement } from './operators/bcr.js';
import { bitwiseOperatorReplacement } from './operators/bit.js';
import { booleanFlip } from './operators/bool.js';
import { conditionalOperatorDeletion } from './operators/cod.js';
import { conditionalOperatorInsertion } from './operators/coi.js';
import { constantReplacement } from './operators/crp.js';
import { membershipOperatorReplacement } from './operators/in.js';
import { identityOperatorReplacement } from './operators/is.js';
import { logicalConnectorReplacement } from './operators/lcr.js';
import { numberDecrement } from './operators/num.js';
import { oneIterationLoop } from './operators/oil.js';
import { returnNone } from './operators/ret.js';
import { reverseIterationLoop } from './operators/ril.js';
import { relationalOperatorReplacement } from './operators/ror.js';
import { sliceIndexRemoval } from './operators/sir.js';
import { stringEdit } from './operators/str.js';
import { zeroIterationLoop } from './operators/zil.js';
import type { MutationOperator, OperatorInfo } from './types.js';

/**
 * Every operator, MutPy / CodeExecutor set first, then the mutmut-style extras. The order is part of
 * the output contract: mutants at the same offset come out in this order, and when two operators make
 * the same program the earlier one keeps it.
 */
export const OPERATORS: readonly MutationOperator[] = [
  constantReplacement,
  arithmeticOperatorDeletion,
  arithmeticOperatorReplacement,
  augmentedAssignmentReplacement,
  breakContinueReplacement,
  conditionalOperatorDeletion,
  conditionalOperatorInsertion,
  logicalConnectorReplacement,
  relationalOperatorReplacement,
  sliceIndexRemoval,
  oneIterationLoop,
  reverseIterationLoop,
  zeroIterationLoop,
  numberDecrement,
  stringEdit,
  booleanFlip,
  identityOperatorReplacement,
  membershipOperatorReplacement,
  bitwiseOperatorReplacement,
  dropArgument,
  returnNone,
];

/** Name, description and example of every operator, in registry order. */
export function listOperators(): OperatorInfo[] {
  return OPERATORS.map(({ name, description, example }) => ({ name, description, example: { ...example } }));
}

/** The operators named (case-insensitively), in registry order; all of them when `names` is omitted. */
export function resolveOperators(names?: readonly string[]): MutationOperator[] {
  if (names === undefined) return [...OPERATORS];
  const wanted = new Set(names.map((name) => name.trim().toUpperCase()));
  const known = new Set(OPERATORS.map((operator) => operator.name));
  const unknown = [...wanted].filter((name) => !known.has(name));
  if (unknown.length > 0) {
    throw new SemtraceError(
      'SEMTRACE_UNKNOWN_OPERATOR',
      `unknown mutation operator${unknown.length > 1 ? 's' : ''} ${unknown.join(', ')}; valid operators: ${[...known].join(', ')}`,
    );
  }
  return OPERATORS.filter((operator) => wanted.has(operator.name));
}
