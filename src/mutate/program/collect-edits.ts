import type { Node, Tree } from 'web-tree-sitter';
import type { Edit, MutationContext, MutationOperator } from './types.js';

/** An operator's raw proposal, before validation. */
export interface CandidateEdit extends Edit {
  operator: MutationOperator;
  /** Position of the operator in the registry; orders mutants that share an offset. */
  rank: number;
}

/** Annotations have no effect on what a call computes, so mutating them only makes equivalent mutants. */
const SKIPPED_SUBTREES = new Set(['type', 'comment']);

/** A statement that is only a string: a docstring, or a string used as a comment. Never mutated. */
function isLoneString(statement: Node): boolean {
  if (statement.namedChildCount !== 1) return false;
  const only = statement.firstNamedChild;
  return only?.type === 'string' || only?.type === 'concatenated_string';
}

/**
 * Walks the whole tree once, in document order, and asks each operator about the node types it declared.
 * The cursor is used instead of `node.children` because every node object costs a call into wasm.
 */
export function collectEdits(
  tree: Tree,
  source: string,
  operators: readonly MutationOperator[],
): CandidateEdit[] {
  const byType = new Map<string, { operator: MutationOperator; rank: number }[]>();
  operators.forEach((operator, rank) => {
    for (const type of operator.nodeTypes) {
      const list = byType.get(type) ?? [];
      list.push({ operator, rank });
      byType.set(type, list);
    }
  });
  const ctx: MutationContext = { source, text: (node) => source.slice(node.startIndex, node.endIndex) };
  const edits: CandidateEdit[] = [];
  const cursor = tree.walk();
  let enter = true;
  for (;;) {
    if (enter) {
      const type = cursor.nodeType;
      let skip = SKIPPED_SUBTREES.has(type);
      const interested = byType.get(type);
      if (interested || type === 'expression_statement') {
        const node = cursor.currentNode;
        if (type === 'expression_statement' && isLoneString(node)) skip = true;
        else if (interested) {
          for (const { operator, rank } of interested) {
            for (const edit of operator.mutate(node, ctx)) edits.push({ ...edit, operator, rank });
          }
        }
      }
      if (!skip && cursor.gotoFirstChild()) continue;
    }
    if (cursor.gotoNextSibling()) {
      enter = true;
      continue;
    }
    if (!cursor.gotoParent()) break;
    enter = false;
  }
  cursor.delete();
  // Document order, then registry order; the sort is stable, so one operator's edits keep their order.
  return edits.sort((a, b) => a.start - b.start || a.rank - b.rank);
}
