/** The viewer's JSON API: one handler per route, each reading from the source the viewer was opened on. */
import type { IncomingMessage } from 'node:http';
import { SemtraceError } from '../../errors.js';
import { mutateProgram } from '../../mutate/program/index.js';
import type {
  ItemView,
  MutateRequest,
  MutateResponse,
  PipelineItemView,
  ProgramView,
  SessionInfo,
} from '../api-types.js';
import type { DatasetSource } from './dataset-source.js';
import type { EngineHolder } from './engine-holder.js';
import type { EvalSource } from './eval-source.js';
import { itemFilterFrom, pageRange, sampleFilterFrom } from './filters.js';
import { readJsonBody } from './http-util.js';
import type { PipelineSource } from './pipeline-source.js';

/** What the handlers can reach; only the part matching the opened PATH is set. */
export interface ApiContext {
  session: SessionInfo;
  engine: EngineHolder;
  program?: () => Promise<ProgramView>;
  dataset?: DatasetSource;
  evaluation?: EvalSource;
  pipeline?: PipelineSource;
}

type Handler = (context: ApiContext, query: URLSearchParams, request: IncomingMessage) => Promise<unknown>;

const MAX_MUTANTS = 500;
/** Re-running an item is cheap but not free: keep the last few real runs. */
const realRuns = new WeakMap<EvalSource, Map<string, ItemView>>();

function need<T>(value: T | undefined, what: string, context: ApiContext): T {
  if (value === undefined) {
    throw new SemtraceError(
      'SEMTRACE_BAD_REQUEST',
      `this viewer was opened on a ${context.session.kind}, not ${what}; run \`semtrace view\` on ${what}`,
    );
  }
  return value;
}

function required(query: URLSearchParams, name: string): string {
  const value = query.get(name);
  if (!value) throw new SemtraceError('SEMTRACE_BAD_REQUEST', `the query parameter '${name}' is required`);
  return value;
}

async function itemView(context: ApiContext, id: string): Promise<ItemView> {
  const source = need(context.evaluation, 'an evaluation run directory', context);
  let cache = realRuns.get(source);
  if (!cache) {
    cache = new Map();
    realRuns.set(source, cache);
  }
  const cached = cache.get(id);
  if (cached) return cached;
  const item = await source.item(id);
  const real = await context.engine.run({
    code: item.code,
    mode: item.mode,
    ...(item.mode === 'call' ? { call: item.input.call } : {}),
    ...(item.input.stdin !== undefined ? { stdin: item.input.stdin } : {}),
  });
  const view = { item, real };
  if (cache.size >= 32) cache.delete(cache.keys().next().value as string);
  cache.set(id, view);
  return view;
}

async function mutants(request: IncomingMessage): Promise<MutateResponse> {
  const body = (await readJsonBody(request)) as Partial<MutateRequest>;
  if (typeof body.code !== 'string') {
    throw new SemtraceError(
      'SEMTRACE_BAD_REQUEST',
      'send {"code": "<the Python program>"} to get its mutants',
    );
  }
  const max = Math.min(typeof body.max === 'number' ? body.max : 100, MAX_MUTANTS);
  const operators = Array.isArray(body.operators) && body.operators.length > 0 ? body.operators : undefined;
  return { mutants: await mutateProgram(body.code, { max, ...(operators ? { operators } : {}) }) };
}

/** A pipeline item; an annotate item comes with the real run of its call, to show claims beside the trace. */
async function pipelineItem(context: ApiContext, id: string): Promise<PipelineItemView> {
  const source = need(context.pipeline, 'a synth, annotate or debugdata folder', context);
  const item = await source.item(id);
  let real = null;
  if (source.command === 'annotate') {
    const { code, call } = item as { code: string; call: string };
    real = await context.engine.run({ code, mode: 'call', call });
  }
  return { command: source.command, item, real };
}

export const GET_ROUTES: Record<string, Handler> = {
  '/api/session': async (context) => context.session,
  '/api/program': async (context) => need(context.program, 'a program or a result JSON', context)(),
  '/api/dataset/manifest': async (context) => need(context.dataset, 'a dataset directory', context).manifest,
  '/api/dataset/samples': async (context, query) => {
    const { offset, limit } = pageRange(query);
    return need(context.dataset, 'a dataset directory', context).page(sampleFilterFrom(query), offset, limit);
  },
  '/api/dataset/sample': async (context, query) =>
    need(context.dataset, 'a dataset directory', context).sample(
      query.get('split') ?? undefined,
      required(query, 'id'),
    ),
  '/api/eval/summary': async (context) => {
    const source = need(context.evaluation, 'an evaluation run directory', context);
    return { summary: source.summary(), verdicts: await source.verdictCounts() };
  },
  '/api/eval/items': async (context, query) => {
    const { offset, limit } = pageRange(query);
    return need(context.evaluation, 'an evaluation run directory', context).page(
      itemFilterFrom(query),
      offset,
      limit,
    );
  },
  '/api/eval/item': async (context, query) => itemView(context, required(query, 'id')),
  '/api/pipeline/manifest': async (context) =>
    need(context.pipeline, 'a synth, annotate or debugdata folder', context).manifest,
  '/api/pipeline/items': async (context, query) => {
    const { offset, limit } = pageRange(query);
    return need(context.pipeline, 'a synth, annotate or debugdata folder', context).page(offset, limit);
  },
  '/api/pipeline/item': async (context, query) => pipelineItem(context, required(query, 'id')),
};

export const POST_ROUTES: Record<string, Handler> = {
  '/api/mutate': async (_context, _query, request) => mutants(request),
};
