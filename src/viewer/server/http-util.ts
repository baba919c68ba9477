/** Small helpers for the viewer's HTTP answers: JSON bodies, error bodies with codes, request bodies. */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { isSemtraceError, SemtraceError } from '../../errors.js';
import type { ApiError } from '../api-types.js';

/**
 * Pyodide in the page needs SharedArrayBuffer (to interrupt a running program), which browsers only
 * allow in a cross-origin isolated page; nothing is loaded from other origins anyway.
 */
export const ISOLATION_HEADERS = {
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'X-Content-Type-Options': 'nosniff',
} as const;

const MAX_BODY_BYTES = 2 * 1024 * 1024;

export function sendJson(response: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  response.writeHead(status, {
    ...ISOLATION_HEADERS,
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    'Cache-Control': 'no-store',
  });
  response.end(text);
}

/** Status for an error: 404 for what does not exist, 400 for a bad request, 500 for our own failures. */
function statusOf(error: unknown): number {
  if (!isSemtraceError(error)) return 500;
  if (error.code === 'SEMTRACE_FILE_NOT_FOUND') return 404;
  if (error.code === 'SEMTRACE_WORKER_START_FAILED' || error.code === 'SEMTRACE_PYTHON_NOT_FOUND') return 503;
  return 400;
}

export function sendError(response: ServerResponse, error: unknown): void {
  const body: ApiError = {
    error: isSemtraceError(error)
      ? { code: error.code, message: error.message }
      : { code: 'SEMTRACE_INTERNAL', message: error instanceof Error ? error.message : String(error) },
  };
  if (response.headersSent) {
    response.destroy();
    return;
  }
  sendJson(response, statusOf(error), body);
}

/** The request's JSON body. Only `application/json` is accepted, so a plain HTML form on another site cannot post here. */
export async function readJsonBody(request: IncomingMessage): Promise<unknown> {
  const type = request.headers['content-type'] ?? '';
  if (!type.startsWith('application/json')) {
    throw new SemtraceError('SEMTRACE_BAD_REQUEST', 'send the request body as application/json');
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) {
      throw new SemtraceError(
        'SEMTRACE_BAD_REQUEST',
        `request body over ${MAX_BODY_BYTES} bytes; send a smaller program`,
      );
    }
    chunks.push(chunk as Buffer);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch (error) {
    throw new SemtraceError('SEMTRACE_BAD_REQUEST', `request body is not JSON: ${(error as Error).message}`);
  }
}
