import type { Node } from 'web-tree-sitter';
import { tokenReplacing } from '../line-breaks.js';
import type { Edit, MutationContext } from '../types.js';

/**
 * Edits swapping the operators of a comparison chain (`a < b <= c` has two) according to `table`.
 * `not in` and `is not` are single operator nodes whose text may span lines inside brackets.
 */
export function* swapComparisonOperators(
  node: Node,
  ctx: MutationContext,
  table: Readonly<Record<string, readonly string[]>>,
): Generator<Edit> {
  for (const child of node.children) {
    if (!child || child.isNamed) continue;
    const swaps = table[child.type];
    if (!swaps) continue;
    for (const swap of swaps) {
      yield {
        start: child.startIndex,
        end: child.endIndex,
        replacement: tokenReplacing(swap, ctx.text(child)),
      };
    }
  }
}
