/**
 * The HTTP service: Fastify with every body validated against its schema, bearer tokens (or loopback
 * only without them), admission control, metrics, and a drain that finishes admitted work.
 */
import Fastify, { type FastifyInstance } from 'fastify';
import type { Engine } from '../engine/engine.js';
import { SemtraceError } from '../errors.js';
import { Admission } from './admission.js';
import { type ServeContext, sendError } from './context.js';
import { ServeMetrics } from './metrics.js';
import { defaultServeLimits, type ServeLimits } from './options.js';
import { registerCheckRoute } from './routes/check.js';
import { registerOpsRoutes } from './routes/ops.js';
import { registerRunRoutes } from './routes/run.js';
import { serveSchemas } from './schemas.js';
import { callerFor, type TokenTable } from './tokens.js';

export interface ServeAppOptions {
  engine: Engine;
  /** Bearer tokens; without them every request is `anonymous` (listen on loopback only). */
  tokens?: TokenTable;
  limits?: Partial<ServeLimits>;
}

export interface ServeApp {
  app: FastifyInstance;
  limits: ServeLimits;
  /** Stop accepting, answer what was admitted, then resolve (the engine stays open). */
  drain(): Promise<void>;
}

const OPEN_ROUTES = new Set(['/healthz', '/v1/openapi.json']);

export async function createServeApp(options: ServeAppOptions): Promise<ServeApp> {
  const limits = { ...defaultServeLimits(options.engine.info.workers), ...options.limits };
  const ctx: ServeContext = {
    engine: options.engine,
    limits,
    admission: new Admission(limits.maxQueuedRuns, limits.perTokenConcurrency),
    metrics: new ServeMetrics(),
    schemas: serveSchemas(limits),
    callers: new WeakMap(),
  };
  const app = Fastify({
    bodyLimit: limits.maxBodyBytes,
    // Strict: an unknown field or a wrong type is a 400, never silently dropped or converted.
    ajv: {
      customOptions: {
        removeAdditional: false,
        coerceTypes: false,
        useDefaults: false,
        allErrors: false,
        discriminator: true,
      },
    },
    return503OnClosing: true,
    forceCloseConnections: 'idle',
  });
  let draining = false;
  const started = new WeakMap<object, number>();

  app.addHook('onRequest', async (request, reply) => {
    started.set(request, performance.now());
    ctx.metrics.inFlight.inc();
    const path = request.url.split('?')[0]!;
    if (!options.tokens || OPEN_ROUTES.has(path)) {
      ctx.callers.set(request, 'anonymous');
      return;
    }
    const caller = callerFor(options.tokens, request.headers.authorization);
    if (caller === null) {
      reply.header('www-authenticate', 'Bearer');
      const message = request.headers.authorization
        ? 'the bearer token is not one this server knows'
        : 'send "Authorization: Bearer <token>" (a token from the server\'s --tokens file)';
      return sendError(reply, 401, 'SEMTRACE_UNAUTHORIZED', message);
    }
    ctx.callers.set(request, caller);
  });
  // A kept-alive connection would hold the drain open until its keep-alive timeout: close each
  // connection with the answer it was waiting for.
  app.addHook('onSend', async (_request, reply, payload) => {
    if (draining) reply.header('connection', 'close');
    return payload;
  });
  app.addHook('onResponse', async (request, reply) => {
    ctx.metrics.inFlight.dec();
    const route = request.routeOptions.url ?? 'unmatched';
    ctx.metrics.requests.inc({ route, status: String(reply.statusCode) });
    const begun = started.get(request);
    if (begun !== undefined) ctx.metrics.latency.observe({ route }, (performance.now() - begun) / 1000);
  });

  app.setErrorHandler(
    (
      error: {
        validation?: unknown;
        validationContext?: string;
        statusCode?: number;
        message: string;
        code?: string;
      },
      _request,
      reply,
    ) => {
      if (error.validation)
        return sendError(reply, 400, 'SEMTRACE_BAD_REQUEST', `invalid request: ${error.message}`);
      if (error.statusCode === 415)
        return sendError(
          reply,
          415,
          'SEMTRACE_BAD_REQUEST',
          'the body must be JSON: send Content-Type: application/json',
        );
      if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
        const code = error.statusCode === 413 ? 'SEMTRACE_TOO_LARGE' : 'SEMTRACE_BAD_REQUEST';
        return sendError(reply, error.statusCode, code, error.message);
      }
      if (error instanceof SemtraceError) return sendError(reply, 400, error.code, error.message);
      return sendError(reply, 500, 'SEMTRACE_SERVICE_ERROR', `the service failed: ${error.message}`);
    },
  );
  app.setNotFoundHandler((request, reply) =>
    sendError(
      reply,
      404,
      'SEMTRACE_NOT_FOUND',
      `no route ${request.method} ${request.url.split('?')[0]}; see GET /v1/openapi.json`,
    ),
  );

  registerOpsRoutes(app, ctx, () => draining);
  registerRunRoutes(app, ctx);
  registerCheckRoute(app, ctx);
  await app.ready();
  return {
    app,
    limits,
    async drain() {
      draining = true;
      await app.close();
    },
  };
}
