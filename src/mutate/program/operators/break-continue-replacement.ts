import type { MutationOperator } from '../types.js';
import { replaceNode } from './node-helpers.js';

/** Break/continue replacement. Both only appear inside loops, so the swap stays valid Python. */
export const breakContinueReplacement: MutationOperator = {
  name: 'BCR',
  description: 'Break/continue replacement: break <-> continue.',
  example: {
    before: 'for x in xs:\n    if x:\n        break\n',
    after: 'for x in xs:\n    if x:\n        continue\n',
  },
  nodeTypes: ['break_statement', 'continue_statement'],
  *mutate(node) {
    yield replaceNode(node, node.type === 'break_statement' ? 'continue' : 'break');
  },
};
