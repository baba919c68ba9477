/**
 * One evaluation run, in order: check the config and the folder, load the items, skip those an earlier
 * run finished, ask the model for the rest (concurrently, through the cache), score each answer in the
 * engine, append each result as it finishes, then write the summary and the reports. The decisions are
 * in plan.ts; this file does the effects.
 */
import { mkdirSync } from 'node:fs';
import pLimit from 'p-limit';
import { createEngine, type Engine } from '../../engine/engine.js';
import { loadTaskItems } from '../../tasks/index.js';
import type { TaskItem } from '../../tasks/types.js';
import { ResponseCache, withCache } from '../cache/response-cache.js';
import { resolveApiKey } from '../client/api-key.js';
import { createModelClient } from '../client/model-client.js';
import type { Failure } from '../client/retry-policy.js';
import type { Completer, EndpointConfig, ItemModel } from '../client/types.js';
import type { PromptTemplate } from '../prompts/prompt-template.js';
import { loadPromptTemplate } from '../prompts/template-files.js';
import { writeSummaryAndReports } from '../report/write-reports.js';
import { createScorer } from '../score/index.js';
import type { FullScorer } from '../score/scorer.js';
import { summarize } from '../score/summarize.js';
import { type EvalConfig, type ItemResult, type RunInfo, runPaths, type Summary } from '../types.js';
import { evaluateItem } from './evaluate-item.js';
import { isItemModel, openItemModel } from './item-models.js';
import { checkItems, finishedRunInfo, planEval, reportedKs, startingRunInfo } from './plan.js';
import { loadResumeState, ResultsWriter } from './results-file.js';
import { runFingerprint, validateEvalConfig } from './run-config.js';
import { assertResumable, writeRunInfo } from './run-files.js';
import { type EvalProgress, progressOf } from './run-state.js';
import { openaiVersion, semtraceVersion } from './versions.js';

export interface EvalHooks {
  onProgress?: (progress: EvalProgress) => void;
  onRetry?: (failure: Failure, attempt: number, delayMs: number) => void;
  /** Notes for the user (resumed items, dropped lines, engine warnings). */
  log?: (message: string) => void;
}

export interface EvalOutcome {
  summary: Summary;
  results: ItemResult[];
  info: RunInfo;
}

async function collect(items: AsyncIterable<TaskItem>): Promise<TaskItem[]> {
  const all: TaskItem[] = [];
  for await (const item of items) all.push(item);
  return all;
}

export async function runEval(config: EvalConfig, hooks: EvalHooks = {}): Promise<EvalOutcome> {
  validateEvalConfig(config);
  // onnx: and baseline: models read items directly: no key, no template, no response cache.
  const itemModel = isItemModel(config.model) ? await openItemModel(config) : undefined;
  try {
    return await evalWith(config, itemModel, hooks);
  } finally {
    await itemModel?.close();
  }
}

async function evalWith(
  config: EvalConfig,
  itemModel: ItemModel | undefined,
  hooks: EvalHooks,
): Promise<EvalOutcome> {
  const log = hooks.log ?? (() => {});
  const startedAt = new Date();
  const apiKey = itemModel ? '' : resolveApiKey(config.baseURL, config.apiKeyEnv);
  const template = itemModel
    ? undefined
    : loadPromptTemplate(config.task, { fewShot: config.fewShot, cot: config.cot }, config.template);
  const fingerprint = runFingerprint(
    config,
    template ? JSON.stringify([...template.file.sections]) : itemModel!.identity,
  );
  mkdirSync(config.outDir, { recursive: true });
  const paths = runPaths(config.outDir);
  assertResumable(paths, fingerprint);

  const engine = await createEngine({ backend: config.backend, workers: config.workers, warn: log });
  try {
    const items = await collect(
      loadTaskItems(config.task, config.data, { split: config.split, limit: config.limit, engine }),
    );
    checkItems(items, template, config);
    const plan = planEval(items, loadResumeState(paths.results), paths.results);
    for (const note of plan.notes) log(note);

    const endpoint: EndpointConfig = {
      baseURL: config.baseURL,
      model: config.model,
      api: config.api,
      apiKey,
    };
    const client = itemModel ?? createModelClient({ endpoint, retry: config.retry, onRetry: hooks.onRetry });
    const completer =
      itemModel || !config.cacheDir
        ? (client as Completer)
        : withCache(client as Completer, new ResponseCache(config.cacheDir), endpoint);
    const scorer = await createScorer(config.task, { engine, backend: config.backend });

    const info = startingRunInfo(
      config,
      { fingerprint, startedAt, versions: runVersions(config, engine) },
      items.length,
      plan.resumed.size,
    );
    writeRunInfo(paths, info);

    const results = new Map(plan.resumed);
    const counts = {
      total: items.length,
      done: results.size,
      resumed: results.size,
      errors: 0,
      correct: [...results.values()].filter((r) => r.verdicts.some((v) => v.correct)).length,
    };
    hooks.onProgress?.(progressOf(counts, client.stats));
    const writer = new ResultsWriter(paths.results);
    try {
      await askAll(
        plan.pending,
        itemModel
          ? { itemModel, scorer, config, concurrency: config.concurrency }
          : { template, completer, scorer, config, concurrency: config.concurrency },
        (result) => {
          writer.append(result);
          results.set(result.id, result);
          counts.done += 1;
          if (result.error !== undefined) counts.errors += 1;
          if (result.verdicts.some((v) => v.correct)) counts.correct += 1;
          hooks.onProgress?.(progressOf(counts, client.stats));
        },
      );
    } finally {
      writer.close();
      await scorer.close();
    }

    const ordered = items.map((item) => results.get(item.id) as ItemResult);
    const summary = summarize(ordered, reportedKs(config));
    const finished = finishedRunInfo(info, new Date(), client.stats, {
      asked: plan.pending.length,
      errors: counts.errors,
    });
    writeSummaryAndReports(paths, summary, ordered, finished);
    writeRunInfo(paths, finished);
    return { summary, results: ordered, info: finished };
  } finally {
    await engine.close();
  }
}

function runVersions(config: EvalConfig, engine: Engine): RunInfo['versions'] {
  return {
    semtrace: semtraceVersion(),
    node: process.version,
    openai: openaiVersion(),
    python: engine.info.python,
    backend: config.backend,
    isolation: engine.isolation,
  };
}

interface AskContext {
  template?: PromptTemplate;
  completer?: Completer;
  itemModel?: ItemModel;
  scorer: FullScorer;
  config: EvalConfig;
  concurrency: number;
}

/** Asks and scores every item, `concurrency` at a time; the first run-wide failure stops the asking and is thrown. */
async function askAll(items: readonly TaskItem[], ctx: AskContext, onResult: (result: ItemResult) => void) {
  const limit = pLimit(ctx.concurrency);
  let fatal: unknown;
  await Promise.all(
    items.map((item) =>
      limit(async () => {
        if (fatal !== undefined) return;
        try {
          onResult(await evaluateItem(item, ctx));
        } catch (error) {
          // Only run-wide failures get here (a bad key, an unknown model): stop asking.
          // (Queued items see `fatal` and return at once; clearing p-limit's queue would leave
          // their promises pending forever.)
          fatal ??= error;
        }
      }),
    ),
  );
  if (fatal !== undefined) throw fatal;
}
