import { afterEach, describe, expect, it } from 'vitest';
import { PLACEHOLDER_API_KEY, resolveApiKey } from '../../../src/eval/client/api-key.js';
import { createModelClient, ModelRequestError } from '../../../src/eval/client/model-client.js';
import type { ApiKind, EndpointConfig } from '../../../src/eval/client/types.js';
import { type FakeReply, type FakeServer, startFakeOpenAIServer } from '../../support/fake-openai-server.js';

const fastRetry = { baseDelayMs: 20, maxDelayMs: 2000, timeoutMs: 1500, maxAttempts: 5, garbageAttempts: 3 };
let server: FakeServer | undefined;

afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function setUp(
  respond: (attempt: number) => FakeReply,
  api: ApiKind = 'chat',
  ignoreN = false,
  retry = fastRetry,
) {
  server = await startFakeOpenAIServer({ respond: (request) => respond(request.attempt), ignoreN });
  const endpoint: EndpointConfig = { baseURL: server.baseURL, model: 'fake-model', api, apiKey: 'k-123' };
  const retries: { kind: string; delay: number }[] = [];
  const client = createModelClient({
    endpoint,
    retry,
    onRetry: (failure, _attempt, delay) => retries.push({ kind: failure.kind, delay }),
  });
  return { client, retries, server };
}

const answer = (...texts: string[]): FakeReply => ({ kind: 'answer', texts });

describe('model client against a real HTTP server', () => {
  it('sends chat messages with every sampling parameter and the key, and returns n texts', async () => {
    const { client, server } = await setUp(() => answer('one', 'two'));
    const texts = await client.complete(
      { system: 'be brief', user: 'hello' },
      { n: 2, temperature: 0.2, topP: 0.95, maxTokens: 64, stop: ['[/ANSWER]'], seed: 7 },
    );
    expect(texts).toEqual(['one', 'two']);
    expect(server.requests).toHaveLength(1);
    const request = server.requests[0]!;
    expect(request.api).toBe('chat');
    expect(request.headers.authorization).toBe('Bearer k-123');
    expect(request.body).toMatchObject({
      model: 'fake-model',
      n: 2,
      temperature: 0.2,
      top_p: 0.95,
      max_tokens: 64,
      stop: ['[/ANSWER]'],
      seed: 7,
      messages: [
        { role: 'system', content: 'be brief' },
        { role: 'user', content: 'hello' },
      ],
    });
  });

  it('speaks the completions API with system and user joined into one prompt', async () => {
    const { client, server } = await setUp(() => answer('x'), 'completions');
    expect(await client.complete({ system: 'S', user: 'U' }, { n: 1 })).toEqual(['x']);
    expect(server.requests[0]!.api).toBe('completions');
    expect(server.requests[0]!.body.prompt).toBe('S\n\nU');
    expect(server.requests[0]!.body).not.toHaveProperty('temperature');
  });

  it('tops up with more requests when the server ignores n, varying the seed', async () => {
    const { client, server } = await setUp(() => answer('s'), 'chat', true);
    expect(await client.complete({ user: 'q' }, { n: 3, seed: 10 })).toEqual(['s', 's', 's']);
    expect(server.requests.map((r) => [r.body.n, r.body.seed])).toEqual([
      [3, 10],
      [2, 11],
      [1, 12],
    ]);
  });

  it('honours Retry-After on 429 before trying again', async () => {
    const { client, retries, server } = await setUp((attempt) =>
      attempt === 1 ? { kind: 'status', status: 429, retryAfter: '1' } : answer('ok'),
    );
    expect(await client.complete({ user: 'q' }, { n: 1 })).toEqual(['ok']);
    expect(retries).toEqual([{ kind: 'rate_limit', delay: 1000 }]);
    const gap = server.requests[1]!.at - server.requests[0]!.at;
    expect(gap).toBeGreaterThanOrEqual(900);
    expect(client.stats).toMatchObject({ requests: 2, retries: 1 });
  });

  it('retries 500s, timeouts, dropped connections and garbage bodies until an answer comes', async () => {
    const script: FakeReply[] = [
      { kind: 'status', status: 500 },
      { kind: 'slow', delayMs: 5000, after: answer('late') },
      { kind: 'drop' },
      { kind: 'garbage', body: '{"choices": [' },
      { kind: 'status', status: 503 },
      answer('finally'),
    ];
    const { client, retries } = await setUp((attempt) => script[attempt - 1]!, 'chat', false, {
      ...fastRetry,
      maxAttempts: 6,
    });
    expect(await client.complete({ user: 'q' }, { n: 1 })).toEqual(['finally']);
    expect(retries.map((r) => r.kind)).toEqual(['server', 'timeout', 'connection', 'garbage', 'server']);
  });

  it('gives up on persistent garbage after garbageAttempts, naming the problem', async () => {
    const { client, server } = await setUp(() => ({ kind: 'garbage', body: '{"object": "nothing"}' }));
    const error = await client.complete({ user: 'q' }, { n: 1 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ModelRequestError);
    expect((error as ModelRequestError).fatal).toBe(false);
    expect((error as ModelRequestError).message).toMatch(/no choices.*after 3 attempts/);
    expect(server.requests).toHaveLength(3);
  });

  it('treats a plain-text body as garbage', async () => {
    const { client } = await setUp((attempt) =>
      attempt === 1
        ? { kind: 'garbage', body: '<html>bad gateway</html>', contentType: 'text/html' }
        : answer('ok'),
    );
    expect(await client.complete({ user: 'q' }, { n: 1 })).toEqual(['ok']);
  });

  it('does not retry a refused request, and marks a bad key as fatal', async () => {
    const refused = await setUp(() => ({ kind: 'status', status: 400 }));
    const error = await refused.client.complete({ user: 'q' }, { n: 1 }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'SEMTRACE_MODEL_REQUEST_FAILED', fatal: false });
    expect(refused.server.requests).toHaveLength(1);
    await server!.close();
    const unauthorised = await setUp(() => ({ kind: 'status', status: 401 }));
    const fatal = await unauthorised.client.complete({ user: 'q' }, { n: 1 }).catch((e: unknown) => e);
    expect(fatal).toMatchObject({ code: 'SEMTRACE_MODEL_REQUEST_FAILED', fatal: true });
    expect((fatal as Error).message).toContain('check --base-url');
  });
});

describe('API key', () => {
  it('uses the named variable, a placeholder on loopback, and fails clearly elsewhere', () => {
    expect(resolveApiKey('https://api.example.com/v1', 'MY_KEY', { MY_KEY: 'abc' })).toBe('abc');
    expect(resolveApiKey('http://127.0.0.1:8000/v1', 'MY_KEY', {})).toBe(PLACEHOLDER_API_KEY);
    expect(resolveApiKey('http://localhost:11434/v1', 'MY_KEY', {})).toBe(PLACEHOLDER_API_KEY);
    expect(resolveApiKey('http://[::1]:8000/v1', 'MY_KEY', {})).toBe(PLACEHOLDER_API_KEY);
    expect(() => resolveApiKey('https://api.example.com/v1', 'MY_KEY', {})).toThrow(
      expect.objectContaining({
        code: 'SEMTRACE_MISSING_API_KEY',
        message: expect.stringContaining('MY_KEY'),
      }),
    );
    expect(() => resolveApiKey('not a url', 'MY_KEY', {})).toThrow(/not a URL/);
  });
});
