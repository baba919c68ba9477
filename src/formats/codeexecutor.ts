/**
 * `codeexecutor`: the trace text of CodeExecutor (Liu et al. 2023) as its released metric
 * (`inference/metric.py`) reads it: one line of whitespace-separated tokens, every `line` event of every
 * frame a step `<line> <K> <state> name : value <dictsep> … </state>` (K 0-based, the frame's full state
 * after the line). Printed text is `<output> text`, one step per printed line, written just before the
 * step of the line that printed it: the metric drops a last step without `</state>`, so an output after
 * the last line would never count. Nothing follows the steps: a `<return>`-style marker after the last
 * `</state>` would be read as part of the last variable's value (`codeexecutor-full` keeps such markers).
 */
import { lineStep, outputSteps, type TokenCache } from './codeexecutor-full.js';
import { linkFrames } from './frame-links.js';
import { hasNoTrace } from './run-end.js';
import type { FormatRenderer, RenderInput } from './types.js';

export function renderCodeExecutor(input: RenderInput): string | null {
  if (hasNoTrace(input)) return null;
  const { steps } = input.result;
  const links = linkFrames(steps);
  const out: string[] = [];
  const cache: TokenCache = new Map();
  for (let index = 0; index < steps.length; index++) {
    const step = steps[index]!;
    // The engine files printed text under the printing frame's latest event: for a line, the line itself.
    if (step.stdout) outputSteps(step.stdout, out);
    if (step.event === 'line') out.push(lineStep(steps, links, index, cache));
  }
  return out.join(' ');
}

export const codeExecutorRenderer: FormatRenderer = {
  name: 'codeexecutor',
  releasedTool: 'CodeExecutor inference/metric.py',
  description:
    'CodeExecutor trace tokens as metric.py reads them: <output> text, then <line> <K> <state> name : value <dictsep> … </state>',
  render: renderCodeExecutor,
};
