import type { Parser, Tree } from 'web-tree-sitter';
import { pointAfter, type SourcePositions } from './positions.js';

/**
 * Says whether an edited program still parses, by re-parsing incrementally: tree-sitter reuses every
 * subtree the edit did not touch, which for a one-token change costs a fraction of a fresh parse.
 */
export class ReparseCheck {
  constructor(
    private readonly parser: Parser,
    private readonly tree: Tree,
    private readonly positions: SourcePositions,
  ) {}

  parses(start: number, end: number, replacement: string, editedSource: string): boolean {
    const startPosition = this.positions.point(start);
    const draft = this.tree.copy();
    draft.edit({
      startIndex: start,
      oldEndIndex: end,
      newEndIndex: start + replacement.length,
      startPosition,
      oldEndPosition: this.positions.point(end),
      newEndPosition: pointAfter(startPosition, replacement),
    });
    const edited = this.parser.parse(editedSource, draft);
    const ok = edited !== null && !edited.rootNode.hasError;
    edited?.delete();
    draft.delete();
    return ok;
  }
}

/** The same check without reuse: a parse from scratch (the benchmark's baseline, and higher orders). */
export function parsesFromScratch(parser: Parser, source: string): boolean {
  const tree = parser.parse(source);
  const ok = tree !== null && !tree.rootNode.hasError;
  tree?.delete();
  return ok;
}
