/**
 * Replaying recorded model answers: a loopback HTTP server speaking the OpenAI chat API that answers each
 * prompt with the responses recorded for it, so `--demo` runs drive the very same client, retry policy
 * and parsing as a real server, with no network and no GPU. `withRecorder` writes such a file from a
 * real run.
 */
import { createHash } from 'node:crypto';
import { appendFileSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SemtraceError } from '../../errors.js';
import type { Completer, Prompt, SamplingParams } from '../../eval/client/types.js';

/** One line of a replay file. `prompt` is kept for people reading the file; `key` is what matches. */
export interface ReplayEntry {
  key: string;
  prompt: string;
  responses: string[];
}

/** The identity of a request for replay: the messages and the seed (rejection sampling varies the seed). */
export function replayKey(system: string | undefined, user: string, seed: number | undefined): string {
  return createHash('sha256')
    .update(JSON.stringify([system ?? null, user, seed ?? null]))
    .digest('hex');
}

export function readReplayFile(path: string): Map<string, string[]> {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new SemtraceError('SEMTRACE_FILE_NOT_FOUND', `cannot read the replay file ${path}`);
  }
  const entries = new Map<string, string[]>();
  text.split('\n').forEach((line, index) => {
    if (line.trim() === '') return;
    let entry: ReplayEntry;
    try {
      entry = JSON.parse(line) as ReplayEntry;
    } catch {
      throw new SemtraceError('SEMTRACE_BAD_DATA', `${path}:${index + 1}: not a JSON line`);
    }
    if (typeof entry.key !== 'string' || !Array.isArray(entry.responses)) {
      throw new SemtraceError('SEMTRACE_BAD_DATA', `${path}:${index + 1}: needs "key" and "responses"`);
    }
    entries.set(entry.key, entry.responses);
  });
  return entries;
}

export interface ReplayServer {
  baseURL: string;
  close(): Promise<void>;
}

/**
 * Answers /v1/chat/completions from the recorded entries. A prompt that was never recorded gets HTTP 400,
 * which the client records as that item's failure (the run goes on).
 */
export async function startReplayServer(entries: Map<string, string[]>): Promise<ReplayServer> {
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const send = (status: number, body: unknown) => {
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(JSON.stringify(body));
      };
      if (req.method !== 'POST' || !req.url?.endsWith('/chat/completions')) {
        send(404, { error: { message: 'the replay server only answers POST /v1/chat/completions' } });
        return;
      }
      let body: { messages?: { role: string; content: string }[]; seed?: number; n?: number; model?: string };
      try {
        body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      } catch {
        send(400, { error: { message: 'request body is not JSON' } });
        return;
      }
      const messages = body.messages ?? [];
      const system = messages.find((m) => m.role === 'system')?.content;
      const user = messages.find((m) => m.role === 'user')?.content ?? '';
      const recorded = entries.get(replayKey(system, user, body.seed));
      if (!recorded) {
        send(400, { error: { message: 'no recorded response for this prompt (replay)' } });
        return;
      }
      const n = Math.max(1, Number(body.n ?? 1));
      send(200, {
        id: 'replay',
        object: 'chat.completion',
        created: 0,
        model: body.model,
        choices: Array.from({ length: n }, (_, index) => ({
          index,
          message: { role: 'assistant', content: recorded[index % recorded.length] },
          finish_reason: 'stop',
        })),
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseURL: `http://127.0.0.1:${port}/v1`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Append every answered request to `path` in the replay format (for making a demo from a real run). */
export function withRecorder(inner: Completer, path: string): Completer {
  return {
    stats: inner.stats,
    async complete(prompt: Prompt, params: SamplingParams): Promise<string[]> {
      const responses = await inner.complete(prompt, params);
      const entry: ReplayEntry = {
        key: replayKey(prompt.system, prompt.user, params.seed),
        prompt: prompt.user.slice(0, 200),
        responses,
      };
      appendFileSync(path, `${JSON.stringify(entry)}\n`);
      return responses;
    },
  };
}
