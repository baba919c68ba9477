/**
 * `semcoder-full-concise`: `semcoder-full`, but a line executed more than three
 * times keeps only its first two states and its last, with `...` between.
 */
import type { Elision } from './annotated-source.js';
import { renderSemcoderFull } from './semcoder-full.js';
import type { FormatRenderer } from './types.js';

export const CONCISE_ELISION: Elision = { head: 2, tail: 1 };

export const semcoderFullConciseRenderer: FormatRenderer = {
  name: 'semcoder-full-concise',
  variantOf: 'semcoder-concise',
  description: 'semcoder-full with per line the first two states and the last, ... between',
  render: (input) => renderSemcoderFull(input, CONCISE_ELISION),
};
