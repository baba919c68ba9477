/**
 * `codeexecutor-full`: semtrace's CodeExecutor-style trace (Liu et al. 2023) with its own end markers
 * (`<return>`, `<exception>`, `<truncated>`; the released-compatible format is `codeexecutor`), one line of whitespace-separated
 * tokens. Every `line` event of every frame becomes a step `<line> <K> <state> name : value <dictsep> …
 * </state>` with K the 0-based line number and the frame's full state *after* the line ran; printed text
 * becomes `<output> text` steps, one per printed line, placed where the printing line finished. The source
 * side of the pair is the sample's `code`; see docs/formats.md for the exact rules.
 */
import type { TraceStep, VariableValue } from '../engine/types.js';
import { type FrameLinks, linkFrames } from './frame-links.js';
import { cutShortNote, finalException, hasNoTrace } from './run-end.js';
import type { FormatRenderer, RenderInput } from './types.js';
import { codeExecutorValue } from './value-tokens.js';

/** Values repeat from step to step (a list in scope is written at every line): tokenise each repr once. */
export type TokenCache = Map<string, string>;

function cachedValue(repr: string, cache: TokenCache): string {
  let tokens = cache.get(repr);
  if (tokens === undefined) {
    tokens = codeExecutorValue(repr);
    cache.set(repr, tokens);
  }
  return tokens;
}

function stateTokens(locals: Record<string, VariableValue>, cache: TokenCache): string {
  const pairs = Object.entries(locals).map(([name, value]) => `${name} : ${cachedValue(value.repr, cache)}`);
  return pairs.length ? `<state> ${pairs.join(' <dictsep> ')} </state>` : '<state> </state>';
}

/** One `<output>` step per printed line; a final line without a newline is a step too. */
export function outputSteps(text: string, out: string[]): void {
  const lines = text.split('\n');
  if (text.endsWith('\n')) lines.pop();
  for (const line of lines) out.push(line ? `<output> ${line}` : '<output>');
}

export function lineStep(
  steps: readonly TraceStep[],
  links: FrameLinks,
  index: number,
  cache: TokenCache,
): string {
  const step = steps[index]!;
  const token = `<line> <${step.line - 1}>`;
  const next = links.after[index]!;
  // The state after the last line of a cut-short trace was never observed: the step has no state.
  return next < 0 ? token : `${token} ${stateTokens(steps[next]!.locals, cache)}`;
}

export function renderCodeExecutorFull(input: RenderInput): string | null {
  if (hasNoTrace(input)) return null;
  const { steps } = input.result;
  const links = linkFrames(steps);
  const out: string[] = [];
  const cache: TokenCache = new Map();
  // Text printed by a line shows once the line has finished (after any calls it made), at its next event.
  const pending = new Map<number, string>();
  for (let index = 0; index < steps.length; index++) {
    const waiting = pending.get(index);
    if (waiting !== undefined) {
      outputSteps(waiting, out);
      pending.delete(index);
    }
    const step = steps[index]!;
    if (step.event === 'line') out.push(lineStep(steps, links, index, cache));
    if (!step.stdout) continue;
    const next = links.after[index]!;
    if (step.event === 'line' && next >= 0) pending.set(next, step.stdout);
    else outputSteps(step.stdout, out);
  }
  const { status, returnRepr } = input.result;
  if (input.mode === 'call' && status === 'ok' && returnRepr !== null) {
    out.push(`<return> ${codeExecutorValue(returnRepr)}`);
  }
  const exception = finalException(input);
  if (exception) out.push(`<exception> ${exception}`);
  if (cutShortNote(input)) out.push(`<truncated> ${status}`);
  return out.join(' ');
}

export const codeExecutorFullRenderer: FormatRenderer = {
  name: 'codeexecutor-full',
  variantOf: 'codeexecutor',
  description:
    "semtrace's CodeExecutor tokens plus <return>/<exception>/<truncated> end markers (not read by metric.py)",
  render: renderCodeExecutorFull,
};
