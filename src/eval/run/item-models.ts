/**
 * Models named by a scheme instead of served over HTTP: `onnx:PATH` (the neural executor trained by
 * `semtrace train`, run in this process) and `baseline:input-state` (its trivial baseline). They read
 * task items directly; prompts, API keys and the response cache do not apply to them.
 */
import { SemtraceError } from '../../errors.js';
import { BASELINE_NAME, openBaselineModel } from '../../neural/baseline-model.js';
import { openNeuralModel } from '../../neural/neural-model.js';
import { TRACE_MODEL_TASKS } from '../../neural/trace-answers.js';
import type { ItemModel } from '../client/types.js';
import type { EvalConfig } from '../types.js';

export function isItemModel(model: string): boolean {
  return model.startsWith('onnx:') || model.startsWith('baseline:');
}

export async function openItemModel(config: EvalConfig): Promise<ItemModel> {
  if (!TRACE_MODEL_TASKS.includes(config.task)) {
    throw new SemtraceError(
      'SEMTRACE_BAD_OPTION',
      `${config.model} predicts execution traces: it answers the ${TRACE_MODEL_TASKS.join(', ')} tasks, not ${config.task}`,
    );
  }
  if (config.model.startsWith('onnx:')) {
    return openNeuralModel(config.model.slice('onnx:'.length), {
      task: config.task,
      batchSize: config.concurrency,
      ...(config.sampling.maxTokens !== undefined && { maxNewTokens: config.sampling.maxTokens }),
    });
  }
  if (config.model === BASELINE_NAME) return openBaselineModel(config.task);
  throw new SemtraceError(
    'SEMTRACE_BAD_OPTION',
    `unknown model '${config.model}'; the built-in baseline is ${BASELINE_NAME}`,
  );
}
