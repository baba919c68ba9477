import type { Parser, Tree } from 'web-tree-sitter';
import { pointAfter, type SourcePositions } from './positions.js';
import type { Edit } from './types.js';

/**
 * Says whether an edited program still parses, by re-parsing incrementally: tree-sitter reuses every
 * subtree the edits did not touch, which for a one-token change costs a fraction of a fresh parse.
 */
export class ReparseCheck {
  constructor(
    private readonly parser: Parser,
    private readonly tree: Tree,
    private readonly positions: SourcePositions,
  ) {}

  /** `edits` are non-overlapping, sorted by offset, in original coordinates; `editedSource` applies them. */
  parses(edits: readonly Edit[], editedSource: string): boolean {
    const draft = this.tree.copy();
    // Last edit first: the offsets of the earlier edits still hold in the partly edited tree.
    for (let i = edits.length - 1; i >= 0; i--) {
      const { start, end, replacement } = edits[i] as Edit;
      const startPosition = this.positions.point(start);
      draft.edit({
        startIndex: start,
        oldEndIndex: end,
        newEndIndex: start + replacement.length,
        startPosition,
        oldEndPosition: this.positions.point(end),
        newEndPosition: pointAfter(startPosition, replacement),
      });
    }
    const edited = this.parser.parse(editedSource, draft);
    const ok = edited !== null && !edited.rootNode.hasError;
    edited?.delete();
    draft.delete();
    return ok;
  }
}

/** The same check without reuse: a parse from scratch (the benchmark's baseline). */
export function parsesFromScratch(parser: Parser, source: string): boolean {
  const tree = parser.parse(source);
  const ok = tree !== null && !tree.rootNode.hasError;
  tree?.delete();
  return ok;
}
