import type { MutationOperator } from '../types.js';
import { isIntegerZero, operatorToken } from './node-helpers.js';

const AUGMENTED_REPLACEMENTS: Readonly<Record<string, string>> = {
  '+=': '-=',
  '-=': '+=',
  '*=': '/=',
  '/=': '*=',
  '//=': '/=',
  '%=': '*=',
  '**=': '*=',
  '&=': '|=',
  '|=': '&=',
  '^=': '&=',
  '<<=': '>>=',
  '>>=': '<<=',
};

export const augmentedAssignmentReplacement: MutationOperator = {
  name: 'ASR',
  description:
    'Augmented assignment replacement: += <-> -=, *= <-> /=, //= -> /=, %= -> *=, **= -> *=, bitwise too.',
  example: { before: 'total += n\n', after: 'total -= n\n' },
  nodeTypes: ['augmented_assignment'],
  *mutate(node, ctx) {
    const operator = operatorToken(node);
    const swap = operator && AUGMENTED_REPLACEMENTS[operator.type];
    if (!operator || !swap) return;
    // x += 0 and x -= 0 leave x as it was: equivalent.
    const zero = isIntegerZero(node.childForFieldName('right'), ctx);
    if (zero && (operator.type === '+=' || operator.type === '-=')) return;
    yield { start: operator.startIndex, end: operator.endIndex, replacement: swap };
  },
};
