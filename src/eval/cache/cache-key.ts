/** The identity of a model request: same key, same question to the same model with the same sampling. */
import { createHash } from 'node:crypto';
import type { ApiKind, Prompt, SamplingParams } from '../client/types.js';

export interface CacheKeyParts {
  baseURL: string;
  model: string;
  api: ApiKind;
  prompt: Prompt;
  params: SamplingParams;
}

/** A trailing slash does not make a different endpoint. */
function normalizeBaseURL(baseURL: string): string {
  return baseURL.replace(/\/+$/, '');
}

/** sha256 (hex) over a canonical JSON of every part; absent parameters are written as null. */
export function cacheKey(parts: CacheKeyParts): string {
  const { params } = parts;
  const canonical = JSON.stringify([
    'semtrace-response-v1',
    normalizeBaseURL(parts.baseURL),
    parts.model,
    parts.api,
    parts.prompt.system ?? null,
    parts.prompt.user,
    params.n,
    params.temperature ?? null,
    params.topP ?? null,
    params.maxTokens ?? null,
    params.stop ?? null,
    params.seed ?? null,
  ]);
  return createHash('sha256').update(canonical).digest('hex');
}
