import type { Parser, Tree } from 'web-tree-sitter';
import { type CandidateEdit, collectEdits } from './collect-edits.js';
import { countNewlines, separateFromNeighbours } from './line-breaks.js';
import { normalizeForComparison } from './normalize.js';
import type { SourcePositions } from './positions.js';
import { parsesFromScratch, ReparseCheck } from './reparse-check.js';
import type { MutationOperator } from './types.js';

/** A first-order edit that survived every check, still in string indices. */
export interface ValidEdit {
  operator: string;
  start: number;
  end: number;
  replacement: string;
  source: string;
}

export interface FirstOrderOptions {
  /** Re-parse from scratch instead of incrementally (the benchmark's baseline). */
  fromScratch?: boolean;
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
  const seen = new Set([normalizeForComparison(source)]);
  const valid: ValidEdit[] = [];
  for (const candidate of collectEdits(tree, source, operators)) {
    const edit = finalEdit(source, candidate);
    if (!edit) continue;
    const mutated = source.slice(0, edit.start) + edit.replacement + source.slice(edit.end);
    const key = normalizeForComparison(mutated);
    if (seen.has(key)) continue;
    const parses = options.fromScratch
      ? parsesFromScratch(parser, mutated)
      : check.parses(edit.start, edit.end, edit.replacement, mutated);
    if (!parses) continue;
    seen.add(key);
    valid.push({ operator: candidate.operator.name, ...edit, source: mutated });
  }
  return valid;
}

/** The candidate with word-separating padding, or undefined when it is a no-op or moves lines. */
function finalEdit(source: string, candidate: CandidateEdit) {
  const { start, end } = candidate;
  const original = source.slice(start, end);
  const replacement = separateFromNeighbours(source, start, end, candidate.replacement);
  if (replacement === original) return undefined;
  // The line-preservation guarantee, enforced here whatever an operator proposes.
  if (countNewlines(replacement) !== countNewlines(original)) return undefined;
  return { start, end, replacement };
}
