import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cacheKey } from '../../../src/eval/cache/cache-key.js';
import { ResponseCache, withCache } from '../../../src/eval/cache/response-cache.js';
import { createModelClient } from '../../../src/eval/client/model-client.js';
import type { EndpointConfig } from '../../../src/eval/client/types.js';
import { type FakeServer, startFakeOpenAIServer } from '../../support/fake-openai-server.js';

let server: FakeServer | undefined;
const dirs: string[] = [];

afterEach(async () => {
  await server?.close();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const base = {
  baseURL: 'http://127.0.0.1:1/v1',
  model: 'm',
  api: 'chat' as const,
  prompt: { user: 'q' },
  params: { n: 1 },
};

describe('cache key', () => {
  it('changes with every part of the request and ignores a trailing slash', () => {
    const key = cacheKey(base);
    expect(key).toMatch(/^[0-9a-f]{64}$/);
    expect(cacheKey({ ...base, baseURL: 'http://127.0.0.1:1/v1/' })).toBe(key);
    const variants = [
      { ...base, baseURL: 'http://127.0.0.1:2/v1' },
      { ...base, model: 'm2' },
      { ...base, api: 'completions' as const },
      { ...base, prompt: { user: 'q', system: 's' } },
      { ...base, prompt: { user: 'q2' } },
      { ...base, params: { n: 2 } },
      { ...base, params: { n: 1, seed: 1 } },
      { ...base, params: { n: 1, temperature: 0.2 } },
      { ...base, params: { n: 1, stop: ['x'] } },
    ];
    const keys = new Set(variants.map(cacheKey));
    expect(keys.size).toBe(variants.length);
    expect(keys.has(key)).toBe(false);
  });
});

describe('response cache', () => {
  it('answers a repeated request from disk without a request, in <dir>/<aa>/<key>.json', async () => {
    server = await startFakeOpenAIServer({ respond: () => ({ kind: 'answer', texts: ['a', 'b'] }) });
    const dir = mkdtempSync(join(tmpdir(), 'semtrace-cache-'));
    dirs.push(dir);
    const endpoint: EndpointConfig = { baseURL: server.baseURL, model: 'm', api: 'chat', apiKey: 'k' };
    const cache = new ResponseCache(dir);
    const first = withCache(createModelClient({ endpoint }), cache, endpoint);
    expect(await first.complete({ user: 'q' }, { n: 2, seed: 3 })).toEqual(['a', 'b']);
    expect(server.requests).toHaveLength(1);

    const second = withCache(createModelClient({ endpoint }), new ResponseCache(dir), endpoint);
    expect(await second.complete({ user: 'q' }, { n: 2, seed: 3 })).toEqual(['a', 'b']);
    expect(server.requests).toHaveLength(1);
    expect(second.stats).toMatchObject({ requests: 0, cacheHits: 1 });

    const key = cacheKey({
      baseURL: server.baseURL,
      model: 'm',
      api: 'chat',
      prompt: { user: 'q' },
      params: { n: 2, seed: 3 },
    });
    expect(existsSync(join(dir, key.slice(0, 2), `${key}.json`))).toBe(true);
    expect(readdirSync(join(dir, key.slice(0, 2)))).toEqual([`${key}.json`]);

    // Another seed is another question.
    await second.complete({ user: 'q' }, { n: 2, seed: 4 });
    expect(server.requests).toHaveLength(2);
  });

  it('treats a damaged entry as a miss and replaces it', async () => {
    server = await startFakeOpenAIServer({ respond: () => ({ kind: 'answer', texts: ['fresh'] }) });
    const dir = mkdtempSync(join(tmpdir(), 'semtrace-cache-'));
    dirs.push(dir);
    const endpoint: EndpointConfig = { baseURL: server.baseURL, model: 'm', api: 'chat', apiKey: 'k' };
    const cache = new ResponseCache(dir);
    const key = cacheKey({
      baseURL: server.baseURL,
      model: 'm',
      api: 'chat',
      prompt: { user: 'q' },
      params: { n: 1 },
    });
    cache.put(key, 'm', ['old']);
    writeFileSync(cache.pathFor(key), '{"key": "trunc');
    const client = withCache(createModelClient({ endpoint }), cache, endpoint);
    expect(await client.complete({ user: 'q' }, { n: 1 })).toEqual(['fresh']);
    expect(cache.get(key, 1)).toEqual(['fresh']);
  });
});
