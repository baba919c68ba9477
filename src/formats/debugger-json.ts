/**
 * `debugger-json`: the `debugger` samples as JSON, for training pipelines that build their own prompts:
 *   {"breakpoints":[3,8],"samples":[{"action":"next","inverse":false,
 *     "before":{"event":"line","line":6,"func":"f","stack":[…],"locals":{…}},"after":{…}}]}
 * A state past the end of the run is {"ended":true}.
 */
import { actionText, type DebugSamplingPolicy, sampleDebugActions } from '../debug/sampling.js';
import { stateData } from '../debug/state-text.js';
import { hasNoTrace } from './run-end.js';
import type { FormatRenderer, RenderInput } from './types.js';

export function renderDebuggerJson(input: RenderInput, policy: DebugSamplingPolicy = {}): string | null {
  if (hasNoTrace(input)) return null;
  const samples = sampleDebugActions(input.code, input.result.steps, policy);
  if (samples.length === 0) return null;
  return JSON.stringify({
    breakpoints: samples[0]!.breakpoints,
    samples: samples.map((sample) => ({
      action: actionText(sample.action),
      inverse: sample.inverse,
      before: stateData(sample.before),
      after: stateData(sample.after),
    })),
  });
}

export function createDebuggerJsonRenderer(policy: DebugSamplingPolicy = {}): FormatRenderer {
  return {
    name: 'debugger-json',
    onRequest: true,
    description: 'neural-debugger samples as JSON: {breakpoints, samples: [{action, before, after}]}',
    render: (input) => renderDebuggerJson(input, policy),
  };
}

export const debuggerJsonRenderer = createDebuggerJsonRenderer();
