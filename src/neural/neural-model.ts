/**
 * The neural executor as an evaluation model: items asked concurrently are gathered into batches
 * (up to `batchSize`, or whatever arrived by the next turn of the event loop), decoded together with
 * the ONNX model, and each prediction becomes its task's answer (trace-answers.ts). Greedy decoding
 * gives one answer, so every sample of an item is the same text.
 */
import type { ClientStats, ItemModel, SamplingParams } from '../eval/client/types.js';
import type { TaskItem, TaskName } from '../tasks/types.js';
import { loadModelFiles } from './model-files.js';
import { OnnxDecoder } from './onnx-decoder.js';
import { sourceText } from './pair-text.js';
import { answerResponse } from './trace-answers.js';

export interface NeuralModelOptions {
  task: TaskName;
  /** Items decoded together. */
  batchSize: number;
  /** Most generated tokens (default: the longest trace the model was trained on). */
  maxNewTokens?: number;
  threads?: number;
}

interface Waiting {
  item: TaskItem;
  resolve: (text: string) => void;
  reject: (error: unknown) => void;
}

export async function openNeuralModel(path: string, options: NeuralModelOptions): Promise<ItemModel> {
  const files = loadModelFiles(path);
  const decoder = await OnnxDecoder.open(files, { threads: options.threads });
  const maxNew = options.maxNewTokens ?? files.info.config.maxTargetTokens;
  const stats: ClientStats = { requests: 0, retries: 0, cacheHits: 0, requestMs: 0 };
  // State items share one execution: the trace of a program + input is predicted once.
  const predictions = new Map<string, Promise<string>>();
  let queue: Waiting[] = [];
  let scheduled = false;
  let running: Promise<void> = Promise.resolve();

  async function runBatch(batch: Waiting[]) {
    const started = performance.now();
    stats.requests += 1;
    try {
      const ids = batch.map((w) => files.tokenizer.encode(sourceText(w.item)));
      const generations = await decoder.generate(ids, maxNew);
      batch.forEach((w, i) => {
        w.resolve(files.tokenizer.decode(generations[i]!.ids));
      });
    } catch (error) {
      for (const w of batch) w.reject(error);
    } finally {
      stats.requestMs += performance.now() - started;
    }
  }

  function flush() {
    scheduled = false;
    while (queue.length > 0) {
      const batch = queue.slice(0, options.batchSize);
      queue = queue.slice(options.batchSize);
      // One batch at a time: onnxruntime already uses every core for one.
      running = running.then(() => runBatch(batch));
    }
  }

  function predict(item: TaskItem): Promise<string> {
    const key = sourceText(item);
    let prediction = predictions.get(key);
    if (!prediction) {
      prediction = new Promise<string>((resolve, reject) => {
        queue.push({ item, resolve, reject });
        if (queue.length >= options.batchSize) flush();
        else if (!scheduled) {
          scheduled = true;
          setImmediate(flush);
        }
      });
      predictions.set(key, prediction);
    }
    return prediction;
  }

  return {
    stats,
    identity: `onnx:${files.sha256}`,
    promptFor: (item) => sourceText(item),
    async answer(item: TaskItem, params: SamplingParams) {
      const predicted = await predict(item);
      return Array.from({ length: params.n }, () => answerResponse(options.task, item, predicted));
    },
    close: () => decoder.close(),
  };
}
