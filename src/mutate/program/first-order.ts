import type { Parser, Tree } from 'web-tree-sitter';
import { type CandidateEdit, collectEdits } from './collect-edits.js';
import { DuplicateFilter } from './duplicates.js';
import { countNewlines, separateFromNeighbours } from './line-breaks.js';
import type { SourcePositions } from './positions.js';
import { parsesFromScratch, ReparseCheck } from './reparse-check.js';
import type { Edit, MutationOperator } from './types.js';

/** A first-order edit that survived every check, still in string indices. */
export interface ValidEdit extends Edit {
  operator: string;
  /** The whole mutated program. */
  source: string;
}

export interface FirstOrderOptions {
  /** Re-parse from scratch instead of incrementally (the benchmark's baseline). */
  fromScratch?: boolean;
  /** Shared with higher-order generation, so combined mutants never repeat a first-order one. */
  duplicates?: DuplicateFilter;
}

/**
 * All first-order mutants of one program, in document order. A candidate is dropped when it changes
 * nothing, changes the number of lines, makes a program already seen (after normalisation, the original
 * included), or no longer parses.
 */
export function validFirstOrderEdits(
  parser: Parser,
  tree: Tree,
  positions: SourcePositions,
  operators: readonly MutationOperator[],
  options: FirstOrderOptions = {},
): ValidEdit[] {
  const source = positions.source;
  const check = new ReparseCheck(parser, tree, positions);
  const duplicates = options.duplicates ?? new DuplicateFilter(positions);
  const valid: ValidEdit[] = [];
  for (const candidate of collectEdits(tree, source, operators)) {
    const edit = finalEdit(source, candidate);
    if (!edit) continue;
    const key = duplicates.fresh([edit]);
    if (key === undefined) continue;
    const mutated = source.slice(0, edit.start) + edit.replacement + source.slice(edit.end);
    const parses = options.fromScratch ? parsesFromScratch(parser, mutated) : check.parses([edit], mutated);
    if (!parses) continue;
    duplicates.remember(key);
    valid.push({ operator: candidate.operator.name, ...edit, source: mutated });
  }
  return valid;
}

/** The candidate with word-separating padding, or undefined when it is a no-op or moves lines. */
function finalEdit(source: string, candidate: CandidateEdit): Edit | undefined {
  const { start, end } = candidate;
  const original = source.slice(start, end);
  const replacement = separateFromNeighbours(source, start, end, candidate.replacement);
  if (replacement === original) return undefined;
  // The line-preservation guarantee, enforced here whatever an operator proposes.
  if (countNewlines(replacement) !== countNewlines(original)) return undefined;
  return { start, end, replacement };
}
