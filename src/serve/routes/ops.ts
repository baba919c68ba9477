/** GET /healthz, /metrics and /v1/openapi.json. */
import type { FastifyInstance } from 'fastify';
import type { ServeContext } from '../context.js';
import { openApiDocument } from '../openapi.js';

export function registerOpsRoutes(app: FastifyInstance, ctx: ServeContext, isDraining: () => boolean): void {
  app.get('/healthz', async (_request, reply) => {
    const info = ctx.engine.info;
    if (isDraining()) return reply.code(503).send({ status: 'draining', ...info });
    return { status: 'ok', ...info, queueDepth: ctx.admission.depth };
  });
  app.get('/metrics', async (_request, reply) => {
    reply.type(ctx.metrics.registry.contentType);
    return ctx.metrics.registry.metrics();
  });
  const document = openApiDocument(ctx.schemas, ctx.limits);
  app.get('/v1/openapi.json', async () => document);
}
