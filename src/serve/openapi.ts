/** The OpenAPI 3.1 description of the HTTP API, built from the same schemas the routes validate with. */
import type { ServeLimits } from './options.js';
import type { ServeSchemas } from './schemas.js';

const json = (ref: string) => ({ 'application/json': { schema: { $ref: `#/components/schemas/${ref}` } } });

export function openApiDocument(schemas: ServeSchemas, limits: ServeLimits): Record<string, unknown> {
  const errors = {
    '400': {
      description: 'The body is not valid JSON or does not match the schema; the message names the field',
      content: json('Error'),
    },
    '401': { description: 'A missing or unknown bearer token', content: json('Error') },
    '413': { description: `The body is larger than ${limits.maxBodyBytes} bytes`, content: json('Error') },
    '429': {
      description:
        'The queue is full or the token has too many requests open; retry after the Retry-After header',
      headers: { 'Retry-After': { schema: { type: 'integer' }, description: 'seconds' } },
      content: json('Error'),
    },
  };
  const post = (summary: string, request: string, ok: Record<string, unknown>) => ({
    post: {
      summary,
      requestBody: { required: true, content: json(request) },
      responses: { '200': ok, ...errors },
    },
  });
  return {
    openapi: '3.1.0',
    info: {
      title: 'semtrace serve',
      version: '1',
      description:
        'Sandboxed Python execution and execution-checked rewards. Expected values never enter the sandbox: /v1/check runs what the candidate must compute and compares it outside.',
    },
    security: [{ bearer: [] }],
    paths: {
      '/v1/run': post('Run one program', 'RunRequest', {
        description: 'The run result',
        content: json('RunResult'),
      }),
      '/v1/run/batch': post('Run many programs; results stream back as they finish', 'BatchRequest', {
        description: 'One JSON line per request, in finishing order: {"index": i, "result": RunResult}',
        content: { 'application/x-ndjson': { schema: { type: 'string' } } },
      }),
      '/v1/check': post('Check a candidate program against its tests (the reward call)', 'CheckRequest', {
        description: 'A verdict per test and the pass fraction',
        content: json('CheckReport'),
      }),
      '/healthz': {
        get: {
          summary: 'Liveness; 503 while draining',
          security: [],
          responses: { '200': { description: 'serving' }, '503': { description: 'draining' } },
        },
      },
      '/metrics': {
        get: {
          summary: 'Prometheus metrics',
          responses: {
            '200': { description: 'text format', content: { 'text/plain': { schema: { type: 'string' } } } },
          },
        },
      },
      '/v1/openapi.json': {
        get: { summary: 'This document', security: [], responses: { '200': { description: 'OpenAPI 3.1' } } },
      },
    },
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
      schemas: {
        RunRequest: rebase(schemas.runRequest, 'RunRequest'),
        BatchRequest: rebase(schemas.batchRequest, 'BatchRequest'),
        CheckRequest: rebase(schemas.checkRequest, 'CheckRequest'),
        RunResult: rebase(schemas.runResult, 'RunResult'),
        CheckReport: schemas.checkReport,
        Error: schemas.error,
      },
    },
  };
}

/** Local `#/definitions/x` references point into the component once it is nested in the document. */
function rebase(schema: Record<string, unknown>, name: string): Record<string, unknown> {
  return JSON.parse(
    JSON.stringify(schema).replaceAll('"#/definitions/', `"#/components/schemas/${name}/definitions/`),
  ) as Record<string, unknown>;
}
