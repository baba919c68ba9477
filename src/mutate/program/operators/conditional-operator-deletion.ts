import { deletionOf } from '../line-breaks.js';
import type { MutationOperator } from '../types.js';

/** Conditional operator deletion: `not x` becomes `x` (the operand, parentheses and all, stays). */
export const conditionalOperatorDeletion: MutationOperator = {
  name: 'COD',
  description: 'Conditional operator deletion: drop a `not` (not x -> x).',
  example: { before: 'if not done:\n    go()\n', after: 'if done:\n    go()\n' },
  nodeTypes: ['not_operator'],
  *mutate(node, ctx) {
    const argument = node.childForFieldName('argument');
    if (!argument) return;
    const removed = ctx.source.slice(node.startIndex, argument.startIndex);
    yield { start: node.startIndex, end: argument.startIndex, replacement: deletionOf(removed) };
  },
};
