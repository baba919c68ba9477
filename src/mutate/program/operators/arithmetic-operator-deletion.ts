import { deletionOf } from '../line-breaks.js';
import type { MutationOperator } from '../types.js';
import { isIntegerZero, operatorToken } from './node-helpers.js';

/** Arithmetic operator deletion: drop a unary `-` or `+` (unary `~` belongs to BIT). */
export const arithmeticOperatorDeletion: MutationOperator = {
  name: 'AOD',
  description: 'Arithmetic operator deletion: drop a unary minus or plus (-x -> x).',
  example: { before: 'y = -x\n', after: 'y = x\n' },
  nodeTypes: ['unary_operator'],
  *mutate(node, ctx) {
    const operator = operatorToken(node);
    const argument = node.childForFieldName('argument');
    if (!operator || !argument || (operator.type !== '-' && operator.type !== '+')) return;
    // -0 and +0 are the integer 0 again: an equivalent mutant.
    if (isIntegerZero(argument, ctx)) return;
    const removed = ctx.source.slice(node.startIndex, argument.startIndex);
    yield { start: node.startIndex, end: argument.startIndex, replacement: deletionOf(removed) };
  },
};
