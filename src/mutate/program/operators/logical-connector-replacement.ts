import type { MutationOperator } from '../types.js';
import { operatorToken } from './node-helpers.js';

export const logicalConnectorReplacement: MutationOperator = {
  name: 'LCR',
  description: 'Logical connector replacement: and <-> or.',
  example: { before: 'ok = a and b\n', after: 'ok = a or b\n' },
  nodeTypes: ['boolean_operator'],
  *mutate(node) {
    const operator = operatorToken(node);
    if (operator?.type === 'and' || operator?.type === 'or') {
      yield {
        start: operator.startIndex,
        end: operator.endIndex,
        replacement: operator.type === 'and' ? 'or' : 'and',
      };
    }
  },
};
