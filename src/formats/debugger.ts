/**
 * `debugger`: neural-debugger samples in CWM-style frames. The program's source, the breakpoints, then
 * per sample a state, a debugger action and the state it leads to (src/debug: pdb's semantics):
 *   <|source_sep|>
 *   def f(a): …
 *   <|breakpoints_sep|>3,8
 *
 *   <|stack_sep|><module>:10 > f:6
 *   <|line_sep|>{"a":"3"}<|action_sep|>    b = g(a)<|frame_sep|>
 *   <|debug_sep|>next<|frame_sep|>
 *   <|stack_sep|><module>:10 > f:7
 *   <|line_sep|>{"a":"..","b":"4"}<|action_sep|>    for i in range(2):<|frame_sep|>
 * An inverse sample (policy `inverse`) gives the later state first and `<|debug_sep|>before next`,
 * then the earlier state. Samples are chosen by a seeded policy (src/debug/sampling.ts).
 */
import {
  actionText,
  type DebugSample,
  type DebugSamplingPolicy,
  sampleDebugActions,
} from '../debug/sampling.js';
import { stateText } from '../debug/state-text.js';
import { hasNoTrace } from './run-end.js';
import type { FormatRenderer, RenderInput } from './types.js';

function sampleText(sample: DebugSample, source: readonly string[]): string {
  const action = actionText(sample.action);
  if (sample.inverse)
    return [
      stateText(sample.after, source),
      `<|debug_sep|>before ${action}<|frame_sep|>`,
      stateText(sample.before, source),
    ].join('\n');
  return [
    stateText(sample.before, source),
    `<|debug_sep|>${action}<|frame_sep|>`,
    stateText(sample.after, source, sample.before),
  ].join('\n');
}

export function renderDebugger(input: RenderInput, policy: DebugSamplingPolicy = {}): string | null {
  if (hasNoTrace(input)) return null;
  const samples = sampleDebugActions(input.code, input.result.steps, policy);
  if (samples.length === 0) return null;
  const source = input.code.split('\n');
  const head = [`<|source_sep|>\n${input.code.replace(/\n$/, '')}`];
  if (samples[0]!.breakpoints.length > 0)
    head.push(`<|breakpoints_sep|>${samples[0]!.breakpoints.join(',')}`);
  return [head.join('\n'), ...samples.map((sample) => sampleText(sample, source))].join('\n\n');
}

/** A `debugger` renderer with its own sampling policy (the registry's uses the defaults). */
export function createDebuggerRenderer(policy: DebugSamplingPolicy = {}): FormatRenderer {
  return {
    name: 'debugger',
    onRequest: true,
    description:
      'neural-debugger samples: CWM-style state, action (step/next/finish/continue/until), next state',
    render: (input) => renderDebugger(input, policy),
  };
}

export const debuggerRenderer = createDebuggerRenderer();
