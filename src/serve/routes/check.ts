/** POST /v1/check: the reward call. One candidate, its tests, a verdict per test. */
import type { FastifyInstance } from 'fastify';
import { checkCandidate, runCount } from '../../eval/check/run-check.js';
import type { CheckRequest } from '../../eval/check/types.js';
import { admitOr429, observedEngine, releaseTicket, type ServeContext } from '../context.js';

export function registerCheckRoute(app: FastifyInstance, ctx: ServeContext): void {
  const engine = observedEngine(ctx);
  app.post('/v1/check', { schema: { body: ctx.schemas.checkRequest } }, async (request, reply) => {
    const body = request.body as CheckRequest;
    const ticket = admitOr429(ctx, request, reply, Math.max(1, runCount(body)));
    if (!ticket) return reply;
    try {
      const report = await checkCandidate(engine, body);
      for (const test of report.tests) ctx.metrics.testVerdicts.inc({ verdict: test.verdict });
      return report;
    } finally {
      releaseTicket(ctx, ticket);
    }
  });
}
