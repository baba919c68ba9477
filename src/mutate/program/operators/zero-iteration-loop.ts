import { expressionReplacing } from '../line-breaks.js';
import type { MutationOperator } from '../types.js';
import { literalLength } from './loop-iterable.js';

/** Zero-iteration loop: a `for` loop iterates an empty list, so its body never runs (MutPy's rule). */
export const zeroIterationLoop: MutationOperator = {
  name: 'ZIL',
  description: 'Zero-iteration loop: for x in xs -> for x in [] (the else clause still runs).',
  example: { before: 'for x in xs:\n    out.append(x)\n', after: 'for x in []:\n    out.append(x)\n' },
  nodeTypes: ['for_statement'],
  *mutate(node, ctx) {
    const iterable = node.childForFieldName('right');
    if (!iterable || literalLength(iterable, ctx) === 0) return;
    yield {
      start: iterable.startIndex,
      end: iterable.endIndex,
      replacement: expressionReplacing('[]', ctx.text(iterable)),
    };
  },
};
