import type { Node } from 'web-tree-sitter';
import type { MutationOperator } from '../types.js';

/** Expressions that `not` binds to as a whole without parentheses. */
const ATOMS = new Set([
  'identifier',
  'call',
  'attribute',
  'subscript',
  'parenthesized_expression',
  'list',
  'tuple',
  'dictionary',
  'set',
  'string',
  'integer',
  'float',
  'true',
  'false',
  'none',
]);

/** The condition of an if / elif / while / conditional expression. */
function conditionOf(node: Node): Node | null {
  if (node.type !== 'conditional_expression') return node.childForFieldName('condition');
  // `body if condition else alternative`: the condition is the child right after the `if` keyword.
  const children = node.children;
  const ifAt = children.findIndex((child) => child?.type === 'if');
  return ifAt === -1 ? null : (children[ifAt + 1] ?? null);
}

/**
 * Conditional operator insertion: negate a branch or loop condition. A condition that already starts
 * with `not` is skipped: negating it again only restates what COD produces.
 */
export const conditionalOperatorInsertion: MutationOperator = {
  name: 'COI',
  description: 'Conditional operator insertion: negate an if/elif/while/ternary condition (c -> not c).',
  example: { before: 'while n > 0:\n    n -= 1\n', after: 'while not (n > 0):\n    n -= 1\n' },
  nodeTypes: ['if_statement', 'elif_clause', 'while_statement', 'conditional_expression'],
  *mutate(node, ctx) {
    const condition = conditionOf(node);
    if (!condition || condition.type === 'not_operator' || condition.type === 'comment') return;
    const text = ctx.text(condition);
    const negated = ATOMS.has(condition.type) ? `not ${text}` : `not (${text})`;
    yield { start: condition.startIndex, end: condition.endIndex, replacement: negated };
  },
};
