/**
 * The pure half of an evaluation run: from the items, the template and what an earlier run left, decide
 * what to ask, what the user is told, and what run.json says at the start and at the end. run-eval.ts
 * does the effects (engine, model requests, files) around it.
 */
import { SemtraceError } from '../../errors.js';
import type { TaskItem } from '../../tasks/types.js';
import type { ClientStats } from '../client/types.js';
import { type PromptTemplate, templateModes } from '../prompts/prompt-template.js';
import type { EvalConfig, ItemResult, RunInfo } from '../types.js';
import type { ResumeState } from './results-file.js';

export interface EvalPlan {
  /** Results an earlier run finished, by item id. */
  resumed: Map<string, ItemResult>;
  /** Items to ask the model about, in order. */
  pending: TaskItem[];
  /** Notes for the user about the resume. */
  notes: string[];
}

/** Checks the items against each other and the template: unique ids, a prompt for every item's mode. */
export function checkItems(
  items: readonly TaskItem[],
  template: PromptTemplate | undefined,
  config: EvalConfig,
): void {
  if (items.length === 0) {
    throw new SemtraceError(
      'SEMTRACE_BAD_DATA',
      `no ${config.task} items in ${config.data}${config.split ? ` (split ${config.split})` : ''}`,
    );
  }
  const ids = new Set<string>();
  for (const item of items) {
    // Resuming finds finished items by id, so two items with one id would hide one of them.
    if (ids.has(item.id)) {
      throw new SemtraceError(
        'SEMTRACE_BAD_DATA',
        `two items have the id '${item.id}'; item ids must be unique`,
      );
    }
    ids.add(item.id);
  }
  if (!template) return;
  const modes = templateModes(template);
  const uncovered = items.find((item) => !modes.includes(item.mode));
  if (uncovered) {
    throw new SemtraceError(
      'SEMTRACE_TEMPLATE_INVALID',
      `${template.file.source} has no user section for items run as ${uncovered.mode === 'script' ? 'scripts (=== user@script ===)' : 'function calls (=== user ===)'}, but item ${uncovered.id} is one`,
    );
  }
}

export function planEval(items: readonly TaskItem[], resume: ResumeState, resultsPath: string): EvalPlan {
  const resumed = new Map<string, ItemResult>();
  for (const item of items) {
    const previous = resume.done.get(item.id);
    if (previous) resumed.set(item.id, previous);
  }
  const notes: string[] = [];
  if (resume.dropped.partial)
    notes.push(`dropped ${resume.dropped.partial} incomplete line(s) from ${resultsPath}`);
  if (resume.dropped.errors)
    notes.push(`asking again for ${resume.dropped.errors} item(s) whose request had failed`);
  if (resumed.size) notes.push(`resuming: ${resumed.size} of ${items.length} items already done`);
  return { resumed, pending: items.filter((item) => !resumed.has(item.id)), notes };
}

export interface RunEnvironment {
  fingerprint: string;
  startedAt: Date;
  versions: RunInfo['versions'];
}

/** run.json as a run starts. */
export function startingRunInfo(
  config: EvalConfig,
  env: RunEnvironment,
  items: number,
  resumed: number,
): RunInfo {
  return {
    formatVersion: 1,
    status: 'running',
    fingerprint: env.fingerprint,
    config,
    model: config.model,
    endpoint: { baseURL: config.baseURL, api: config.api },
    versions: env.versions,
    timings: {
      startedAt: env.startedAt.toISOString(),
      finishedAt: null,
      wallMs: null,
      requests: 0,
      retries: 0,
      cacheHits: 0,
      meanRequestMs: null,
    },
    counts: { items, resumed, asked: 0, errors: 0 },
  };
}

/** run.json as a run ends. */
export function finishedRunInfo(
  start: RunInfo,
  finished: Date,
  stats: ClientStats,
  counts: { asked: number; errors: number },
): RunInfo {
  const startedAt = new Date(start.timings.startedAt);
  return {
    ...start,
    status: 'finished',
    timings: {
      ...start.timings,
      finishedAt: finished.toISOString(),
      wallMs: finished.getTime() - startedAt.getTime(),
      requests: stats.requests,
      retries: stats.retries,
      cacheHits: stats.cacheHits,
      meanRequestMs: stats.requests ? Math.round(stats.requestMs / stats.requests) : null,
    },
    counts: { ...start.counts, asked: counts.asked, errors: counts.errors },
  };
}

/** pass@k needs at least k samples per item: larger k are left out rather than reported as empty. */
export function reportedKs(config: EvalConfig): number[] {
  return config.ks.filter((k) => k <= config.sampling.n);
}
