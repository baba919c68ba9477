import type { MutationOperator } from '../types.js';
import { swapComparisonOperators } from './comparison-operators.js';

export const membershipOperatorReplacement: MutationOperator = {
  name: 'IN',
  description: 'Membership operator replacement: in <-> not in.',
  example: { before: 'if c in s:\n    pass\n', after: 'if c not in s:\n    pass\n' },
  nodeTypes: ['comparison_operator'],
  mutate: (node, ctx) => swapComparisonOperators(node, ctx, { in: ['not in'], 'not in': ['in'] }),
};
