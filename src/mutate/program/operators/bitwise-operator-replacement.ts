import { deletionOf, tokenReplacing } from '../line-breaks.js';
import type { MutationOperator } from '../types.js';
import { operatorToken } from './node-helpers.js';

const BITWISE_REPLACEMENTS: Readonly<Record<string, string>> = {
  '&': '|',
  '|': '&',
  '^': '&',
  '<<': '>>',
  '>>': '<<',
};

/** mutmut-style bitwise mutations: swap a binary bitwise operator, or drop a unary `~`. */
export const bitwiseOperatorReplacement: MutationOperator = {
  name: 'BIT',
  description: 'Bitwise operator replacement: & <-> |, ^ -> &, << <-> >>, ~x -> x.',
  example: { before: 'y = a & b\n', after: 'y = a | b\n' },
  nodeTypes: ['binary_operator', 'unary_operator'],
  *mutate(node, ctx) {
    const operator = operatorToken(node);
    if (!operator) return;
    if (node.type === 'unary_operator') {
      const argument = node.childForFieldName('argument');
      if (operator.type !== '~' || !argument) return;
      const removed = ctx.source.slice(node.startIndex, argument.startIndex);
      yield { start: node.startIndex, end: argument.startIndex, replacement: deletionOf(removed) };
      return;
    }
    const swap = BITWISE_REPLACEMENTS[operator.type];
    if (swap) {
      yield {
        start: operator.startIndex,
        end: operator.endIndex,
        replacement: tokenReplacing(swap, ctx.text(operator)),
      };
    }
  },
};
