import type { MutationOperator } from '../types.js';
import { swapComparisonOperators } from './comparison-operators.js';

export const identityOperatorReplacement: MutationOperator = {
  name: 'IS',
  description: 'Identity operator replacement: is <-> is not.',
  example: { before: 'if x is None:\n    pass\n', after: 'if x is not None:\n    pass\n' },
  nodeTypes: ['comparison_operator'],
  mutate: (node, ctx) => swapComparisonOperators(node, ctx, { is: ['is not'], 'is not': ['is'] }),
};
