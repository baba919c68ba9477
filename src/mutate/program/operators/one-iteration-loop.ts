import type { MutationOperator } from '../types.js';
import { codeChildren } from './node-helpers.js';

/** Statements that open a block: `; break` after them would land inside their last block. */
const COMPOUND_STATEMENTS = new Set([
  'if_statement',
  'for_statement',
  'while_statement',
  'try_statement',
  'with_statement',
  'match_statement',
  'function_definition',
  'class_definition',
  'decorated_definition',
]);

/** After these the appended break is never reached, so the mutant would equal the original. */
const JUMPS = new Set(['return_statement', 'raise_statement', 'break_statement', 'continue_statement']);

/**
 * One-iteration loop: `break` at the end of the loop body. To keep every line where it was, the break is
 * appended to the body's last simple statement as `; break`; a body ending in a compound statement
 * (an `if`, a nested loop, ...) has no such place and is skipped.
 */
export const oneIterationLoop: MutationOperator = {
  name: 'OIL',
  description: 'One-iteration loop: append `; break` to the last statement of a loop body.',
  example: { before: 'for x in xs:\n    total += x\n', after: 'for x in xs:\n    total += x; break\n' },
  nodeTypes: ['for_statement', 'while_statement'],
  *mutate(node) {
    const body = node.childForFieldName('body');
    const last = body ? codeChildren(body).at(-1) : undefined;
    if (!last || COMPOUND_STATEMENTS.has(last.type) || JUMPS.has(last.type)) return;
    yield { start: last.endIndex, end: last.endIndex, replacement: '; break' };
  },
};
