/**
 * `semcoder-concise`: SemCoder's released concise trace: `semcoder`, with every line that has more than
 * three states cut to the first two and the last, ` ... ` between (the released `concise_spad`).
 */
import { renderSemcoder } from './semcoder.js';
import type { FormatRenderer } from './types.js';

export const semcoderConciseRenderer: FormatRenderer = {
  name: 'semcoder-concise',
  releasedTool: 'SemCoder experiments/construct_trace.py (concise)',
  description: "SemCoder's released concise trace: semcoder with each line's first two states, ..., the last",
  render: (input) => renderSemcoder(input, { concise: true }),
};
