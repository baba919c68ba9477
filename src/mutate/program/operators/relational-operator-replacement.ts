import type { MutationOperator } from '../types.js';
import { swapComparisonOperators } from './comparison-operators.js';

/** MutPy's relational table: each ordering moves to its non-strict/strict sibling and its mirror. */
const RELATIONAL_REPLACEMENTS: Readonly<Record<string, readonly string[]>> = {
  '<': ['<=', '>'],
  '<=': ['<', '>='],
  '>': ['>=', '<'],
  '>=': ['>', '<='],
  '==': ['!='],
  '!=': ['=='],
};

export const relationalOperatorReplacement: MutationOperator = {
  name: 'ROR',
  description: 'Relational operator replacement: < -> <= >, <= -> < >=, > -> >= <, >= -> > <=, == <-> !=.',
  example: { before: 'if a < b:\n    pass\n', after: 'if a <= b:\n    pass\n' },
  nodeTypes: ['comparison_operator'],
  mutate: (node, ctx) => swapComparisonOperators(node, ctx, RELATIONAL_REPLACEMENTS),
};
