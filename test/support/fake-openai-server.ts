/**
 * A real HTTP server on 127.0.0.1 (random port) that speaks enough of the OpenAI chat and completions
 * APIs for the evaluation client: each request is answered as the test scripts it — a model answer, an
 * HTTP error with Retry-After, a slow reply, a dropped connection or a garbage body — and every request
 * is recorded, so tests can count exactly what was sent.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeRequest {
  api: 'chat' | 'completions';
  /** Completions: the prompt; chat: the messages' contents joined by a blank line. */
  prompt: string;
  // biome-ignore lint/suspicious/noExplicitAny: the parsed request body as the client sent it
  body: any;
  /** 1-based: how many requests with this same prompt arrived, this one included. */
  attempt: number;
  /** Milliseconds since the server started. */
  at: number;
  headers: IncomingMessage['headers'];
}

export type FakeReply =
  /** Choices with these texts; fewer texts than `n` are repeated in turn. */
  | { kind: 'answer'; texts: string[] }
  | { kind: 'status'; status: number; retryAfter?: string }
  /** Wait, then give the reply (unless the client gave up first). */
  | { kind: 'slow'; delayMs: number; after: FakeReply }
  | { kind: 'drop' }
  | { kind: 'garbage'; body: string; contentType?: string };

export interface FakeServerOptions {
  respond: (request: FakeRequest) => FakeReply;
  /** Behave like a server that ignores `n`: always one choice per request. */
  ignoreN?: boolean;
}

export interface FakeServer {
  /** Base URL with the `/v1` prefix, as an OpenAI client expects. */
  baseURL: string;
  requests: FakeRequest[];
  close(): Promise<void>;
}

function promptOf(api: FakeRequest['api'], body: { prompt?: unknown; messages?: { content: string }[] }) {
  if (api === 'completions') return String(body.prompt);
  return (body.messages ?? []).map((message) => message.content).join('\n\n');
}

function sendAnswer(res: ServerResponse, request: FakeRequest, texts: string[], ignoreN: boolean): void {
  const n = ignoreN ? 1 : Number(request.body.n ?? 1);
  const choices = Array.from({ length: n }, (_, index) => {
    const text = texts[index % texts.length] ?? '';
    return request.api === 'chat'
      ? { index, message: { role: 'assistant', content: text }, finish_reason: 'stop' }
      : { index, text, finish_reason: 'stop' };
  });
  const payload = {
    id: `fake-${request.at}`,
    object: request.api === 'chat' ? 'chat.completion' : 'text_completion',
    created: 0,
    model: request.body.model,
    choices,
    usage: { prompt_tokens: 1, completion_tokens: 1, total_tokens: 2 },
  };
  res.writeHead(200, { 'content-type': 'application/json' });
  res.end(JSON.stringify(payload));
}

function reply(res: ServerResponse, request: FakeRequest, answer: FakeReply, ignoreN: boolean): void {
  if (res.destroyed) return;
  switch (answer.kind) {
    case 'answer':
      sendAnswer(res, request, answer.texts, ignoreN);
      return;
    case 'status': {
      const headers: Record<string, string> = { 'content-type': 'application/json' };
      if (answer.retryAfter !== undefined) headers['retry-after'] = answer.retryAfter;
      res.writeHead(answer.status, headers);
      res.end(JSON.stringify({ error: { message: `scripted ${answer.status}`, type: 'scripted' } }));
      return;
    }
    case 'slow': {
      const timer = setTimeout(() => reply(res, request, answer.after, ignoreN), answer.delayMs);
      res.on('close', () => clearTimeout(timer));
      return;
    }
    case 'drop':
      res.socket?.destroy();
      return;
    case 'garbage':
      res.writeHead(200, { 'content-type': answer.contentType ?? 'application/json' });
      res.end(answer.body);
  }
}

export async function startFakeOpenAIServer(options: FakeServerOptions): Promise<FakeServer> {
  const started = Date.now();
  const requests: FakeRequest[] = [];
  const attempts = new Map<string, number>();
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const api = req.url?.endsWith('/chat/completions')
        ? 'chat'
        : req.url?.endsWith('/completions')
          ? 'completions'
          : null;
      if (req.method !== 'POST' || api === null) {
        res.writeHead(404, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ error: { message: `no route ${req.method} ${req.url}` } }));
        return;
      }
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      const prompt = promptOf(api, body);
      const attempt = (attempts.get(prompt) ?? 0) + 1;
      attempts.set(prompt, attempt);
      const request: FakeRequest = {
        api,
        prompt,
        body,
        attempt,
        at: Date.now() - started,
        headers: req.headers,
      };
      requests.push(request);
      reply(res, request, options.respond(request), options.ignoreN ?? false);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseURL: `http://127.0.0.1:${port}/v1`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
