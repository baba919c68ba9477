import type { Tree } from 'web-tree-sitter';
import { sampleIndices, seededRandom } from '../../common/random.js';
import { SemtraceError } from '../../errors.js';
import { DuplicateFilter } from './duplicates.js';
import { type ValidEdit, validFirstOrderEdits } from './first-order.js';
import { higherOrderEdits } from './higher-order.js';
import { MutantIds } from './mutant-id.js';
import { getPythonParser, parseOrThrow } from './parser.js';
import { SourcePositions } from './positions.js';
import { resolveOperators } from './registry.js';
import { ReparseCheck } from './reparse-check.js';
import type { Mutant, MutantEdit, MutateOptions } from './types.js';

/**
 * Mutants of a Python program: minimal edits that keep every line where it was and still parse.
 * First-order mutants come in document order (ties in registry order); with `max` a seeded uniform
 * sample of them, still in document order. With `order` k > 1, up to `max` (default: as many as there
 * are first-order mutants) programs each combining k non-overlapping first-order edits.
 */
export async function mutateProgram(source: string, options: MutateOptions = {}): Promise<Mutant[]> {
  const operators = resolveOperators(options.operators);
  const order = checkedCount('order', options.order ?? 1, 1);
  const max = options.max === undefined ? undefined : checkedCount('max', options.max, 0);
  const seed = options.seed ?? 0;
  const parser = await getPythonParser();
  const tree: Tree = parseOrThrow(parser, source);
  try {
    const positions = new SourcePositions(source);
    const duplicates = new DuplicateFilter(positions);
    const firstOrder = validFirstOrderEdits(parser, tree, positions, operators, { duplicates });
    const ids = new MutantIds(source);
    if (order === 1) {
      const chosen = max === undefined ? firstOrder : pick(firstOrder, max, seed);
      return chosen.map((edit) => toMutant([edit], positions, ids));
    }
    const check = new ReparseCheck(parser, tree, positions);
    const count = max ?? firstOrder.length;
    const combos = higherOrderEdits({ source, firstOrder, order, count, seed, check, duplicates });
    return combos.map((edits) => toMutant(edits, positions, ids));
  } finally {
    tree.delete();
  }
}

function pick<T>(items: readonly T[], count: number, seed: number): T[] {
  return sampleIndices(items.length, count, seededRandom(seed)).map((i) => items[i] as T);
}

function checkedCount(name: string, value: number, minimum: number): number {
  if (!Number.isInteger(value) || value < minimum) {
    throw new SemtraceError('SEMTRACE_BAD_REQUEST', `${name} must be an integer >= ${minimum}, got ${value}`);
  }
  return value;
}

/** Converts string-index edits to the public shape: UTF-8 byte offsets, 1-based lines, byte columns. */
function toMutant(edits: readonly ValidEdit[], positions: SourcePositions, ids: MutantIds): Mutant {
  const placed: MutantEdit[] = edits.map((edit) => ({
    operator: edit.operator,
    ...positions.lineColumn(edit.start),
    original: positions.source.slice(edit.start, edit.end),
    replacement: edit.replacement,
    start: positions.byteOffset(edit.start),
    end: positions.byteOffset(edit.end),
  }));
  const first = placed[0] as MutantEdit;
  return {
    id: ids.idOf(placed),
    ...first,
    operator: placed.map((edit) => edit.operator).join('+'),
    order: placed.length,
    edits: placed,
    source: (edits[0] as ValidEdit).source,
  };
}
