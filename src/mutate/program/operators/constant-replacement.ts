import { deletionOf } from '../line-breaks.js';
import type { MutationOperator } from '../types.js';
import { isTemplateString, stringBody } from './node-helpers.js';
import { shiftNumber } from './number-literals.js';

/** Text put into an empty string literal; any fixed non-empty text would do. */
export const FILLER_STRING = 'mutated';

/**
 * Constant replacement, as in MutPy: a number n becomes n + 1 (the n - 1 direction is NUM), a non-empty
 * string becomes empty and an empty one becomes non-empty. An emptied multi-line string keeps its line
 * breaks so the lines after it do not move.
 */
export const constantReplacement: MutationOperator = {
  name: 'CRP',
  description: 'Constant replacement: number n -> n + 1, non-empty string -> empty, empty -> "mutated".',
  example: { before: "x = 5\ns = 'ab'\n", after: "x = 6\ns = 'ab'\n" },
  nodeTypes: ['integer', 'float', 'string'],
  *mutate(node, ctx) {
    if (node.type !== 'string') {
      const shifted = shiftNumber(ctx.text(node), 1);
      if (shifted !== undefined) yield { start: node.startIndex, end: node.endIndex, replacement: shifted };
      return;
    }
    if (isTemplateString(node)) return;
    const body = stringBody(node);
    if (!body) return;
    const content = ctx.source.slice(body.start, body.end);
    yield { ...body, replacement: content === '' ? FILLER_STRING : deletionOf(content) };
  },
};
