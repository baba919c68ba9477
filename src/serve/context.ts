/** What every route shares: the engine, the caps, admission control, metrics and schemas. */
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Engine } from '../engine/engine.js';
import type { RunRequest, RunResult } from '../engine/types.js';
import type { Admission, Ticket } from './admission.js';
import type { ServeMetrics } from './metrics.js';
import type { ServeLimits } from './options.js';
import type { ServeSchemas } from './schemas.js';

export interface ServeContext {
  engine: Engine;
  limits: ServeLimits;
  admission: Admission;
  metrics: ServeMetrics;
  schemas: ServeSchemas;
  /** The caller of a request, set by the auth hook. */
  callers: WeakMap<FastifyRequest, string>;
}

export function sendError(reply: FastifyReply, status: number, code: string, message: string): FastifyReply {
  return reply.code(status).send({ error: { code, message } });
}

/** Admits `runs` engine runs for the request's caller, or answers 429 and returns null. */
export function admitOr429(
  ctx: ServeContext,
  request: FastifyRequest,
  reply: FastifyReply,
  runs: number,
): Ticket | null {
  if (runs > ctx.limits.maxQueuedRuns) {
    sendError(
      reply,
      400,
      'SEMTRACE_BAD_REQUEST',
      `the request needs ${runs} runs; this server admits at most ${ctx.limits.maxQueuedRuns} at once: split it`,
    );
    return null;
  }
  const admitted = ctx.admission.admit(ctx.callers.get(request) ?? 'anonymous', runs);
  if ('ticket' in admitted) {
    ctx.metrics.queueDepth.set(ctx.admission.depth);
    return admitted.ticket;
  }
  ctx.metrics.rejected.inc({ reason: admitted.refused });
  reply.header('retry-after', String(admitted.retryAfterS));
  sendError(
    reply,
    429,
    'SEMTRACE_BUSY',
    admitted.refused === 'queue_full'
      ? `the queue is full; retry after ${admitted.retryAfterS} s`
      : `this token already has ${ctx.limits.perTokenConcurrency} requests open; wait for one to finish`,
  );
  return null;
}

export function releaseTicket(ctx: ServeContext, ticket: Ticket): void {
  ticket.release();
  ctx.metrics.queueDepth.set(ctx.admission.depth);
}

/** The engine, counting every run in the metrics and the admission's rate estimate. */
export function observedEngine(ctx: ServeContext): { run(request: RunRequest): Promise<RunResult> } {
  return {
    run: async (request) => {
      const result = await ctx.engine.run(request);
      ctx.metrics.observeRun(result);
      ctx.admission.runFinished();
      return result;
    },
  };
}

/**
 * A request as the engine takes it: untraced unless asked, and a client's trust domain scoped to its
 * token so no other client can ever join it.
 */
export function engineRequest(request: RunRequest, caller: string): RunRequest {
  const { domain, ...rest } = request;
  return {
    ...rest,
    trace: request.trace ?? false,
    ...(domain ? { domain: `client:${caller}:${domain}` } : {}),
  };
}
