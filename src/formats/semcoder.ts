/**
 * `semcoder`: the inline trace SemCoder's released code writes (`experiments/construct_trace.py` on a
 * PySnooper log of the called function), for a call-mode run: the source with `# [INPUT] {…} [/INPUT]`
 * on the `def` line, per executed line the variables each execution changed as JSON values, and
 * `# [OUTPUT] … [/OUTPUT]` on the returning line (semcoder-inline.ts has the rules). Script runs render
 * null: SemCoder traces a function call (`semcoder-full` covers scripts).
 */
import { cutShortNote, hasNoTrace } from './run-end.js';
import { type InlineOptions, inlineTrace } from './semcoder-inline.js';
import { calledFrameStart, snooperLog } from './semcoder-log.js';
import type { FormatRenderer, RenderInput } from './types.js';

export function renderSemcoder(input: RenderInput, options: Partial<InlineOptions> = {}): string | null {
  if (hasNoTrace(input) || input.mode !== 'call') return null;
  const { steps } = input.result;
  const start = calledFrameStart(steps);
  if (start < 0) return null;
  const source = input.code.split('\n');
  const lines = inlineTrace(
    input.code.endsWith('\n') ? input.code.slice(0, -1) : input.code,
    snooperLog(steps, start, source),
    {
      concise: options.concise ?? false,
      values: options.values ?? 'corrected',
    },
  );
  const note = cutShortNote(input);
  if (note) lines.push(`# ${note}`);
  return lines.join('\n');
}

export const semcoderRenderer: FormatRenderer = {
  name: 'semcoder',
  releasedTool: 'SemCoder experiments/construct_trace.py',
  description:
    "SemCoder's released inline trace (construct_trace.py on PySnooper): [INPUT]/[STATE-k] changes/[OUTPUT] per line",
  render: (input) => renderSemcoder(input),
};
