/** One item: render its prompt, get the samples, judge them. A failed request becomes the item's error. */
import type { TaskItem } from '../../tasks/types.js';
import { ModelRequestError } from '../client/model-client.js';
import { type Completer, type ItemModel, promptAsText } from '../client/types.js';
import { type PromptTemplate, renderPrompt } from '../prompts/prompt-template.js';
import { passAtKs } from '../score/pass-at-k.js';
import type { FullScorer } from '../score/scorer.js';
import type { EvalConfig, ItemResult } from '../types.js';

export interface ItemContext {
  /** Prompted models: the template and the endpoint client. */
  template?: PromptTemplate;
  completer?: Completer;
  /** A model that reads items directly (the neural executor); used instead of template + completer. */
  itemModel?: ItemModel;
  scorer: FullScorer;
  config: Pick<EvalConfig, 'task' | 'sampling' | 'ks'>;
}

function baseResult(item: TaskItem, ctx: ItemContext, prompt: string): ItemResult {
  const result: ItemResult = {
    id: item.id,
    task: ctx.config.task,
    meta: item.meta,
    code: item.code,
    mode: item.mode,
    input: item.input,
    output: item.output,
    prompt,
    responses: [],
    extracted: [],
    verdicts: [],
    passAtK: {},
  };
  if (item.question) result.question = item.question;
  if (item.debug) result.debug = item.debug;
  return result;
}

/**
 * Throws only for failures that end the whole run (ModelRequestError with `fatal`, or a bug); anything
 * that concerns this item alone is recorded on its result line, so no item is ever lost.
 */
export async function evaluateItem(item: TaskItem, ctx: ItemContext): Promise<ItemResult> {
  const model = ctx.itemModel;
  const prompt = model ? null : renderPrompt(ctx.template!, item);
  const result = baseResult(item, ctx, prompt ? promptAsText(prompt) : model!.promptFor(item));
  let responses: string[];
  try {
    responses = prompt
      ? await ctx.completer!.complete(prompt, ctx.config.sampling)
      : await model!.answer(item, ctx.config.sampling);
  } catch (error) {
    if (error instanceof ModelRequestError && !error.fatal) {
      result.error = `model request failed: ${error.message}`;
      return result;
    }
    throw error;
  }
  result.responses = responses;
  try {
    const { extracted, verdicts } = await ctx.scorer.scoreItem(item, responses);
    result.extracted = extracted;
    result.verdicts = verdicts;
    result.passAtK = passAtKs(
      verdicts.map((verdict) => verdict.correct),
      ctx.config.ks,
    );
  } catch (error) {
    // The answers are kept (and cached): a resumed run scores them again without asking the model.
    result.error = `scoring failed: ${error instanceof Error ? error.message : String(error)}`;
  }
  return result;
}
