import { SemtraceError } from '../../errors.js';
import { arithmeticOperatorDeletion } from './operators/arithmetic-operator-deletion.js';
import { arithmeticOperatorReplacement } from './operators/arithmetic-operator-replacement.js';
import { augmentedAssignmentReplacement } from './operators/augmented-assignment-replacement.js';
import { bitwiseOperatorReplacement } from './operators/bitwise-operator-replacement.js';
import { booleanFlip } from './operators/boolean-flip.js';
import { breakContinueReplacement } from './operators/break-continue-replacement.js';
import { conditionalOperatorDeletion } from './operators/conditional-operator-deletion.js';
import { conditionalOperatorInsertion } from './operators/conditional-operator-insertion.js';
import { constantReplacement } from './operators/constant-replacement.js';
import { dropArgument } from './operators/drop-argument.js';
import { identityOperatorReplacement } from './operators/identity-operator-replacement.js';
import { logicalConnectorReplacement } from './operators/logical-connector-replacement.js';
import { membershipOperatorReplacement } from './operators/membership-operator-replacement.js';
import { numberDecrement } from './operators/number-decrement.js';
import { oneIterationLoop } from './operators/one-iteration-loop.js';
import { relationalOperatorReplacement } from './operators/relational-operator-replacement.js';
import { returnNone } from './operators/return-none.js';
import { reverseIterationLoop } from './operators/reverse-iteration-loop.js';
import { sliceIndexRemoval } from './operators/slice-index-removal.js';
import { stringEdit } from './operators/string-edit.js';
import { zeroIterationLoop } from './operators/zero-iteration-loop.js';
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
