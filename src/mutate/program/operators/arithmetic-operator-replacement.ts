import { tokenReplacing } from '../line-breaks.js';
import type { MutationOperator } from '../types.js';
import { isIntegerZero, operatorToken } from './node-helpers.js';

/** Replacements per binary arithmetic operator (MutPy's table; `@` is left alone). */
export const ARITHMETIC_REPLACEMENTS: Readonly<Record<string, readonly string[]>> = {
  '+': ['-'],
  '-': ['+'],
  '*': ['/', '//', '**'],
  '/': ['*', '//'],
  '//': ['*', '/'],
  '%': ['*'],
  '**': ['*'],
};

export const arithmeticOperatorReplacement: MutationOperator = {
  name: 'AOR',
  description:
    'Arithmetic operator replacement: + <-> -, * -> / // **, / -> * //, // -> * /, % -> *, ** -> *.',
  example: { before: 'y = a + b\n', after: 'y = a - b\n' },
  nodeTypes: ['binary_operator'],
  *mutate(node, ctx) {
    const operator = operatorToken(node);
    if (!operator) return;
    const swaps = ARITHMETIC_REPLACEMENTS[operator.type];
    if (!swaps) return;
    // x + 0 and x - 0 agree for every operand (both fail alike where one fails): equivalent.
    const addsZero =
      (operator.type === '+' || operator.type === '-') && isIntegerZero(node.childForFieldName('right'), ctx);
    if (addsZero) return;
    for (const swap of swaps) {
      yield {
        start: operator.startIndex,
        end: operator.endIndex,
        replacement: tokenReplacing(swap, ctx.text(operator)),
      };
    }
  },
};
