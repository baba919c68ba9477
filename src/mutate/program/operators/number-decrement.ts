import type { MutationOperator } from '../types.js';
import { shiftNumber } from './number-literals.js';

/**
 * mutmut's "number ± 1", split from CRP so the two stay independent: CRP adds one (MutPy's rule), NUM
 * subtracts one. Together they give both neighbours of every numeric literal.
 */
export const numberDecrement: MutationOperator = {
  name: 'NUM',
  description: 'Number literal minus one: n -> n - 1 (negative results are parenthesised).',
  example: { before: 'x = 0\n', after: 'x = (-1)\n' },
  nodeTypes: ['integer', 'float'],
  *mutate(node, ctx) {
    const shifted = shiftNumber(ctx.text(node), -1);
    if (shifted !== undefined) yield { start: node.startIndex, end: node.endIndex, replacement: shifted };
  },
};
