/**
 * One evaluation run, in order: check the config and the folder, load the items, skip those an earlier
 * run finished, ask the model for the rest (concurrently, through the cache), score each answer in the
 * engine, append each result as it finishes, then write the summary and the reports.
 */
import { mkdirSync } from 'node:fs';
import pLimit from 'p-limit';
import { createEngine } from '../../engine/engine.js';
import { SemtraceError } from '../../errors.js';
import { loadTaskItems } from '../../tasks/index.js';
import type { TaskItem } from '../../tasks/types.js';
import { ResponseCache, withCache } from '../cache/response-cache.js';
import { resolveApiKey } from '../client/api-key.js';
import { createModelClient } from '../client/model-client.js';
import type { Failure } from '../client/retry-policy.js';
import type { EndpointConfig } from '../client/types.js';
import { templateModes } from '../prompts/prompt-template.js';
import { loadPromptTemplate } from '../prompts/template-files.js';
import { createScorer } from '../score/index.js';
import { summarize } from '../score/summarize.js';
import type { ItemResult, Summary } from '../types.js';
import { evaluateItem } from './evaluate-item.js';
import { loadResumeState, ResultsWriter } from './results-file.js';
import { type EvalConfig, runFingerprint, validateEvalConfig } from './run-config.js';
import {
  assertResumable,
  type RunInfo,
  runPaths,
  writeRunInfo,
  writeSummaryAndReports,
} from './run-files.js';
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
  const ids = new Set<string>();
  for await (const item of items) {
    // Resuming finds finished items by id, so two items with one id would hide one of them.
    if (ids.has(item.id)) {
      throw new SemtraceError(
        'SEMTRACE_BAD_DATA',
        `two items have the id '${item.id}'; item ids must be unique`,
      );
    }
    ids.add(item.id);
    all.push(item);
  }
  return all;
}

export async function runEval(config: EvalConfig, hooks: EvalHooks = {}): Promise<EvalOutcome> {
  const log = hooks.log ?? (() => {});
  validateEvalConfig(config);
  const startedAt = new Date();
  const apiKey = resolveApiKey(config.baseURL, config.apiKeyEnv);
  const template = loadPromptTemplate(
    config.task,
    { fewShot: config.fewShot, cot: config.cot },
    config.template,
  );
  const fingerprint = runFingerprint(config, JSON.stringify([...template.file.sections]));
  mkdirSync(config.outDir, { recursive: true });
  const paths = runPaths(config.outDir);
  assertResumable(paths, fingerprint);

  const engine = await createEngine({ backend: config.backend, workers: config.workers, warn: log });
  try {
    const items = await collect(
      loadTaskItems(config.task, config.data, { split: config.split, limit: config.limit, engine }),
    );
    if (items.length === 0) {
      throw new SemtraceError(
        'SEMTRACE_BAD_DATA',
        `no ${config.task} items in ${config.data}${config.split ? ` (split ${config.split})` : ''}`,
      );
    }
    const modes = templateModes(template);
    const uncovered = items.find((item) => !modes.includes(item.mode));
    if (uncovered) {
      throw new SemtraceError(
        'SEMTRACE_TEMPLATE_INVALID',
        `${template.file.source} has no user section for items run as ${uncovered.mode === 'script' ? 'scripts (=== user@script ===)' : 'function calls (=== user ===)'}, but item ${uncovered.id} is one`,
      );
    }

    const resume = loadResumeState(paths.results);
    const results = new Map<string, ItemResult>();
    for (const item of items) {
      const previous = resume.done.get(item.id);
      if (previous) results.set(item.id, previous);
    }
    if (resume.dropped.partial)
      log(`dropped ${resume.dropped.partial} incomplete line(s) from ${paths.results}`);
    if (resume.dropped.errors)
      log(`asking again for ${resume.dropped.errors} item(s) whose request had failed`);
    if (results.size) log(`resuming: ${results.size} of ${items.length} items already done`);

    const endpoint: EndpointConfig = {
      baseURL: config.baseURL,
      model: config.model,
      api: config.api,
      apiKey,
    };
    const client = createModelClient({ endpoint, retry: config.retry, onRetry: hooks.onRetry });
    const completer = config.cacheDir
      ? withCache(client, new ResponseCache(config.cacheDir), endpoint)
      : client;
    const scorer = await createScorer(config.task, { engine, backend: config.backend });

    const info: RunInfo = {
      formatVersion: 1,
      status: 'running',
      fingerprint,
      config,
      model: config.model,
      endpoint: { baseURL: config.baseURL, api: config.api },
      versions: {
        semtrace: semtraceVersion(),
        node: process.version,
        openai: openaiVersion(),
        python: engine.info.python,
        backend: config.backend,
        isolation: engine.isolation,
      },
      timings: {
        startedAt: startedAt.toISOString(),
        finishedAt: null,
        wallMs: null,
        requests: 0,
        retries: 0,
        cacheHits: 0,
        meanRequestMs: null,
      },
      counts: { items: items.length, resumed: results.size, asked: 0, errors: 0 },
    };
    writeRunInfo(paths, info);

    const counts = {
      total: items.length,
      done: results.size,
      resumed: results.size,
      errors: 0,
      correct: [...results.values()].filter((r) => r.verdicts.some((v) => v.correct)).length,
    };
    hooks.onProgress?.(progressOf(counts, client.stats));
    const pending = items.filter((item) => !results.has(item.id));
    const limit = pLimit(config.concurrency);
    const writer = new ResultsWriter(paths.results);
    let fatal: unknown;
    try {
      await Promise.all(
        pending.map((item) =>
          limit(async () => {
            if (fatal !== undefined) return;
            try {
              const result = await evaluateItem(item, { template, completer, scorer, config });
              writer.append(result);
              results.set(item.id, result);
              counts.done += 1;
              if (result.error !== undefined) counts.errors += 1;
              if (result.verdicts.some((v) => v.correct)) counts.correct += 1;
              hooks.onProgress?.(progressOf(counts, client.stats));
            } catch (error) {
              // Only run-wide failures get here (a bad key, an unknown model): stop asking.
              // (Queued items see `fatal` and return at once; clearing p-limit's queue would leave
              // their promises pending forever.)
              fatal ??= error;
            }
          }),
        ),
      );
    } finally {
      writer.close();
      await scorer.close();
    }
    if (fatal !== undefined) throw fatal;

    const ordered = items.map((item) => results.get(item.id)!);
    // pass@k needs at least k samples per item: larger k are left out rather than reported as empty.
    const summary = summarize(
      ordered,
      config.ks.filter((k) => k <= config.sampling.n),
    );
    const finished = new Date();
    const { stats } = client;
    info.status = 'finished';
    info.timings = {
      ...info.timings,
      finishedAt: finished.toISOString(),
      wallMs: finished.getTime() - startedAt.getTime(),
      requests: stats.requests,
      retries: stats.retries,
      cacheHits: stats.cacheHits,
      meanRequestMs: stats.requests ? Math.round(stats.requestMs / stats.requests) : null,
    };
    info.counts = {
      items: items.length,
      resumed: counts.resumed,
      asked: pending.length,
      errors: counts.errors,
    };
    writeSummaryAndReports(paths, summary, ordered, info);
    writeRunInfo(paths, info);
    return { summary, results: ordered, info };
  } finally {
    await engine.close();
  }
}
