import type { MutationOperator } from '../types.js';
import { replaceNode } from './node-helpers.js';

export const booleanFlip: MutationOperator = {
  name: 'BOOL',
  description: 'Boolean literal flip: True <-> False.',
  example: { before: 'done = True\n', after: 'done = False\n' },
  nodeTypes: ['true', 'false'],
  *mutate(node) {
    yield replaceNode(node, node.type === 'true' ? 'False' : 'True');
  },
};
