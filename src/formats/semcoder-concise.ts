/**
 * `semcoder-concise`: the concise SemCoder trace. Same as `semcoder`, but a line executed more than three
 * times keeps only its first two states and its last, with `...` between.
 */
import type { Elision } from './annotated-source.js';
import { renderSemcoder } from './semcoder.js';
import type { FormatRenderer } from './types.js';

export const CONCISE_ELISION: Elision = { head: 2, tail: 1 };

export const semcoderConciseRenderer: FormatRenderer = {
  name: 'semcoder-concise',
  description: 'SemCoder concise trace: per line the first two states and the last, ... between',
  render: (input) => renderSemcoder(input, CONCISE_ELISION),
};
