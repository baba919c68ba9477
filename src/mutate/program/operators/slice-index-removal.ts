import type { Node } from 'web-tree-sitter';
import { deletionOf } from '../line-breaks.js';
import type { MutationContext, MutationOperator } from '../types.js';
import { isIntegerOne, isIntegerZero } from './node-helpers.js';

/** Removing this bound changes nothing: a lower bound 0, a step 1, or any bound spelled None. */
function isDefaultBound(bound: Node, colonsBefore: number, ctx: MutationContext): boolean {
  if (bound.type === 'none') return true;
  if (colonsBefore === 0) return isIntegerZero(bound, ctx);
  if (colonsBefore === 2) return isIntegerOne(bound, ctx);
  return false;
}

/** Slice index removal: drop the lower bound, the upper bound or the step of a slice, one at a time. */
export const sliceIndexRemoval: MutationOperator = {
  name: 'SIR',
  description: 'Slice index removal: drop one bound or the step of a slice (s[1:n] -> s[:n], s[1:]).',
  example: { before: 'head = s[1:n]\n', after: 'head = s[:n]\n' },
  nodeTypes: ['slice'],
  *mutate(node, ctx) {
    let colons = 0;
    for (const child of node.children) {
      if (!child || child.type === 'comment') continue;
      if (child.type === ':') {
        colons++;
        continue;
      }
      if (isDefaultBound(child, colons, ctx)) continue;
      yield { start: child.startIndex, end: child.endIndex, replacement: deletionOf(ctx.text(child)) };
    }
  },
};
