/** POST /v1/run (one request → one result) and /v1/run/batch (NDJSON lines as results finish). */
import { Readable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import type { RunRequest } from '../../engine/types.js';
import { admitOr429, engineRequest, releaseTicket, type ServeContext } from '../context.js';

export function registerRunRoutes(app: FastifyInstance, ctx: ServeContext): void {
  app.post('/v1/run', { schema: { body: ctx.schemas.runRequest } }, async (request, reply) => {
    const ticket = admitOr429(ctx, request, reply, 1);
    if (!ticket) return reply;
    try {
      const result = await ctx.engine.run(
        engineRequest(request.body as RunRequest, ctx.callers.get(request)!),
      );
      ctx.metrics.observeRun(result);
      ctx.admission.runFinished();
      return result;
    } finally {
      releaseTicket(ctx, ticket);
    }
  });

  app.post('/v1/run/batch', { schema: { body: ctx.schemas.batchRequest } }, async (request, reply) => {
    const { requests } = request.body as { requests: RunRequest[] };
    const admitted = admitOr429(ctx, request, reply, requests.length);
    if (!admitted) return reply;
    const ticket = admitted;
    const caller = ctx.callers.get(request)!;
    async function* lines(): AsyncGenerator<string> {
      try {
        const stream = ctx.engine.runMany(
          requests.map((one) => engineRequest(one, caller)),
          { ordered: false },
        );
        for await (const { index, result } of stream) {
          ctx.metrics.observeRun(result);
          ctx.admission.runFinished();
          yield `${JSON.stringify({ index, result })}\n`;
        }
      } finally {
        releaseTicket(ctx, ticket);
      }
    }
    return reply.type('application/x-ndjson').send(Readable.from(lines(), { objectMode: false }));
  });
}
