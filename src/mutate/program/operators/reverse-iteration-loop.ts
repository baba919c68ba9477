import type { MutationOperator } from '../types.js';
import { literalLength } from './loop-iterable.js';

/** Reverse iteration loop: iterate a `for` loop's iterable backwards with `reversed(...)`. */
export const reverseIterationLoop: MutationOperator = {
  name: 'RIL',
  description: 'Reverse iteration loop: for x in xs -> for x in reversed(xs).',
  example: {
    before: 'for x in xs:\n    out.append(x)\n',
    after: 'for x in reversed(xs):\n    out.append(x)\n',
  },
  nodeTypes: ['for_statement'],
  *mutate(node, ctx) {
    const iterable = node.childForFieldName('right');
    if (!iterable) return;
    // Reversing zero or one literal elements gives the same loop.
    const length = literalLength(iterable, ctx);
    if (length !== undefined && length <= 1) return;
    const text = ctx.text(iterable);
    // `for x in a, b:` iterates a tuple: it needs its own parentheses to be one argument.
    const argument = iterable.type === 'expression_list' ? `(${text})` : text;
    yield { start: iterable.startIndex, end: iterable.endIndex, replacement: `reversed(${argument})` };
  },
};
