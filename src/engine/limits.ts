/** Turning a user's request into the fully specified request a worker receives. */
import { SemtraceError } from '../errors.js';
import type { WireLimits, WireRequest } from './protocol.js';
import type { RunLimits, RunRequest } from './types.js';

export const DEFAULT_LIMITS: WireLimits = {
  timeoutMs: 5_000,
  maxSteps: 100_000,
  maxOutputBytes: 1 << 20,
  maxReprChars: 1_000,
  maxReprItems: 50,
  maxReprDepth: 6,
  maxReturnReprChars: 100_000,
  memoryBytes: 512 * 1024 * 1024,
};

export function resolveLimits(base: WireLimits, override?: RunLimits): WireLimits {
  const limits = { ...base };
  for (const [name, value] of Object.entries(override ?? {})) {
    if (value === undefined) continue;
    if (!(name in DEFAULT_LIMITS)) {
      throw new SemtraceError(
        'SEMTRACE_BAD_REQUEST',
        `unknown limit '${name}'; known limits: ${Object.keys(DEFAULT_LIMITS).join(', ')}`,
      );
    }
    if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) {
      throw new SemtraceError(
        'SEMTRACE_BAD_REQUEST',
        `limit '${name}' must be a positive number, got ${String(value)}`,
      );
    }
    limits[name as keyof WireLimits] = Math.floor(value);
  }
  return limits;
}

export function toWireRequest(request: RunRequest, baseLimits: WireLimits): WireRequest {
  if (typeof request.code !== 'string') {
    throw new SemtraceError(
      'SEMTRACE_BAD_REQUEST',
      'a run request needs `code` (the program text as a string)',
    );
  }
  const mode = request.mode ?? (request.call ? 'call' : 'script');
  if (mode === 'call' && !request.call) {
    throw new SemtraceError(
      'SEMTRACE_BAD_REQUEST',
      'call mode needs `call`, a call expression such as "f([1, 2], \'a\')"',
    );
  }
  const wire: WireRequest = {
    code: request.code,
    mode,
    trace: request.trace ?? true,
    showCallables: request.showCallables ?? false,
    limits: resolveLimits(baseLimits, request.limits),
  };
  if (mode === 'call') wire.call = request.call;
  if (request.stdin !== undefined) wire.stdin = request.stdin;
  if (request.domain !== undefined) {
    if (typeof request.domain !== 'string' || request.domain === '') {
      throw new SemtraceError('SEMTRACE_BAD_REQUEST', 'domain must be a non-empty string (or left out)');
    }
    wire.domain = request.domain;
  }
  if (request.seed !== undefined) {
    if (!Number.isSafeInteger(request.seed)) {
      throw new SemtraceError('SEMTRACE_BAD_REQUEST', `seed must be an integer, got ${String(request.seed)}`);
    }
    wire.seed = request.seed;
  }
  return wire;
}
