import { deletionOf } from '../line-breaks.js';
import type { MutationOperator } from '../types.js';
import { codeChildren } from './node-helpers.js';

/**
 * mutmut's argument removal: drop one argument of a call (or one base of a class), with the comma that
 * separates it from its neighbour. Argument lists holding comments are skipped, so no comment is lost.
 */
export const dropArgument: MutationOperator = {
  name: 'ARG',
  description: 'Argument removal: drop one argument of a call (f(a, b) -> f(b), f(a)).',
  example: { before: 'y = f(a, b)\n', after: 'y = f(b)\n' },
  nodeTypes: ['argument_list'],
  *mutate(node, ctx) {
    if (node.namedChildren.some((child) => child?.type === 'comment')) return;
    const args = codeChildren(node);
    for (const [i, arg] of args.entries()) {
      const next = args[i + 1];
      const previous = args[i - 1];
      // Remove up to the next argument, or from the previous one when this is the last.
      const start = next || !previous ? arg.startIndex : previous.endIndex;
      const end = next ? next.startIndex : arg.endIndex;
      yield { start, end, replacement: deletionOf(ctx.source.slice(start, end)) };
    }
  },
};
