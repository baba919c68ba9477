import { expressionReplacing } from '../line-breaks.js';
import type { MutationOperator } from '../types.js';
import { codeChildren } from './node-helpers.js';

/** mutmut's return mutation: the returned value is replaced by None. */
export const returnNone: MutationOperator = {
  name: 'RET',
  description: 'Return value replacement: return x -> return None.',
  example: { before: 'def f(x):\n    return x * 2\n', after: 'def f(x):\n    return None\n' },
  nodeTypes: ['return_statement'],
  *mutate(node, ctx) {
    const value = codeChildren(node)[0];
    if (!value || value.type === 'none') return;
    yield {
      start: value.startIndex,
      end: value.endIndex,
      replacement: expressionReplacing('None', ctx.text(value)),
    };
  },
};
