/**
 * Request and answer schemas of the HTTP API. Request bodies reuse the package's schema/ files (so
 * other languages validate against the same text); the serve-only ones (batch, check report, errors)
 * are built here from them.
 */
import { readFileSync } from 'node:fs';
import type { ServeLimits } from './options.js';

// This file and its compiled twin in dist/ are both two folders below the package root.
const schemaRoot = new URL('../../schema/', import.meta.url);

type Schema = Record<string, unknown>;

function load(file: string): Schema {
  const schema = JSON.parse(readFileSync(new URL(file, schemaRoot), 'utf8')) as Schema;
  // Fastify compiles each route's schema alone: drop the ids so two routes may hold the same file.
  delete schema.$id;
  delete schema.$schema;
  return schema;
}

export interface ServeSchemas {
  runRequest: Schema;
  batchRequest: Schema;
  checkRequest: Schema;
  runResult: Schema;
  checkReport: Schema;
  error: Schema;
}

export function serveSchemas(limits: ServeLimits): ServeSchemas {
  const runRequest = load('run-request.schema.json');
  const checkRequest = load('check-request.schema.json');
  // The server's own caps, as schema bounds so a request past them gets a 400 naming the field.
  const capTimeout = (schema: Schema) => {
    const definitions = schema.definitions as { limits: { properties: { timeoutMs: Schema } } };
    definitions.limits.properties.timeoutMs.maximum = limits.maxTimeoutMs;
  };
  capTimeout(runRequest);
  capTimeout(checkRequest);
  for (const branch of checkRequest.oneOf as { properties: Record<string, Schema> }[]) {
    for (const list of ['asserts', 'cases'])
      if (branch.properties[list]) branch.properties[list].maxItems = limits.maxTests;
  }
  const { definitions: runDefinitions, ...runItem } = runRequest;
  return {
    runRequest,
    batchRequest: {
      type: 'object',
      additionalProperties: false,
      required: ['requests'],
      properties: { requests: { type: 'array', minItems: 1, maxItems: limits.maxBatch, items: runItem } },
      definitions: runDefinitions,
    },
    checkRequest,
    runResult: load('run-result.schema.json'),
    checkReport: {
      type: 'object',
      required: ['kind', 'passed', 'total', 'passFraction', 'allPassed', 'tests'],
      properties: {
        kind: { type: 'string' },
        passed: { type: 'integer' },
        total: { type: 'integer' },
        passFraction: { type: 'number' },
        allPassed: { type: 'boolean' },
        tests: {
          type: 'array',
          items: {
            type: 'object',
            required: ['index', 'verdict'],
            properties: {
              index: { type: 'integer' },
              verdict: { enum: ['passed', 'failed', 'error', 'timeout'] },
              errorType: { type: 'string' },
              message: { type: 'string' },
              stdout: { type: 'string' },
              stderr: { type: 'string' },
            },
          },
        },
      },
    },
    error: {
      type: 'object',
      required: ['error'],
      properties: {
        error: {
          type: 'object',
          required: ['code', 'message'],
          properties: { code: { type: 'string' }, message: { type: 'string' } },
        },
      },
    },
  };
}
