/**
 * Responses on disk, one file per request key under `<dir>/<first two hex digits>/<key>.json`, so a
 * rerun of the same evaluation sends no request at all. Only complete answers are stored.
 */
import { readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { writeFileAtomicSync } from '../../common/atomic-file.js';
import type { Completer, EndpointConfig, Prompt, SamplingParams } from '../client/types.js';
import { cacheKey } from './cache-key.js';

export function defaultCacheDir(): string {
  const base = process.env.XDG_CACHE_HOME || join(homedir(), '.cache');
  return join(base, 'semtrace', 'responses');
}

interface CacheEntry {
  key: string;
  model: string;
  responses: string[];
}

export class ResponseCache {
  constructor(readonly dir: string) {}

  pathFor(key: string): string {
    return join(this.dir, key.slice(0, 2), `${key}.json`);
  }

  /** The stored responses, or undefined when absent or unreadable (a damaged entry is just a miss). */
  get(key: string, n: number): string[] | undefined {
    let entry: CacheEntry;
    try {
      entry = JSON.parse(readFileSync(this.pathFor(key), 'utf8')) as CacheEntry;
    } catch {
      return undefined;
    }
    const ok =
      entry.key === key &&
      Array.isArray(entry.responses) &&
      entry.responses.length === n &&
      entry.responses.every((text) => typeof text === 'string');
    return ok ? entry.responses : undefined;
  }

  put(key: string, model: string, responses: string[]): void {
    const entry: CacheEntry = { key, model, responses };
    writeFileAtomicSync(this.pathFor(key), `${JSON.stringify(entry)}\n`);
  }
}

/** Put the cache in front of a completer: a hit is answered from disk and counted in `stats.cacheHits`. */
export function withCache(inner: Completer, cache: ResponseCache, endpoint: EndpointConfig): Completer {
  return {
    stats: inner.stats,
    async complete(prompt: Prompt, params: SamplingParams): Promise<string[]> {
      const key = cacheKey({
        baseURL: endpoint.baseURL,
        model: endpoint.model,
        api: endpoint.api,
        prompt,
        params,
      });
      const hit = cache.get(key, params.n);
      if (hit) {
        inner.stats.cacheHits += 1;
        return hit;
      }
      const responses = await inner.complete(prompt, params);
      cache.put(key, endpoint.model, responses);
      return responses;
    },
  };
}
