/**
 * A typed client for `semtrace serve`, on the platform's fetch (no dependencies): run, runBatch (results
 * as they finish), check, health. A 429 is retried after its Retry-After, up to `retries` times.
 */
import type { RunRequest, RunResult } from '../engine/types.js';
import { SemtraceError } from '../errors.js';
import type { CheckReport, CheckRequest } from '../eval/check/types.js';

export interface ServeClientOptions {
  /** e.g. `http://127.0.0.1:8000` */
  baseUrl: string;
  /** A token from the server's --tokens file. */
  token?: string;
  /** How often a 429 is retried (after the server's Retry-After). Default 5. */
  retries?: number;
  fetch?: typeof fetch;
}

export interface BatchLine {
  index: number;
  result: RunResult;
}

export interface ServeHealth {
  status: 'ok' | 'draining';
  backend: string;
  isolation: string;
  python: string;
  workers: number;
  queueDepth?: number;
}

/** An answer that was not 2xx: the HTTP status, the server's error code and message. */
export class ServeRequestError extends SemtraceError {
  constructor(
    readonly status: number,
    readonly serverCode: string,
    message: string,
    readonly retryAfterS?: number,
  ) {
    super('SEMTRACE_SERVICE_ERROR', `semtrace serve answered ${status} ${serverCode}: ${message}`);
  }
}

export class SemtraceServeClient {
  private readonly base: string;
  private readonly fetcher: typeof fetch;

  constructor(private readonly options: ServeClientOptions) {
    this.base = options.baseUrl.replace(/\/+$/, '');
    this.fetcher = options.fetch ?? fetch;
  }

  run(request: RunRequest): Promise<RunResult> {
    return this.json<RunResult>('POST', '/v1/run', request);
  }

  check(request: CheckRequest): Promise<CheckReport> {
    return this.json<CheckReport>('POST', '/v1/check', request);
  }

  health(): Promise<ServeHealth> {
    return this.json<ServeHealth>('GET', '/healthz');
  }

  /** Results in the order they finish; each names the index of its request. */
  async *runBatch(requests: RunRequest[]): AsyncGenerator<BatchLine> {
    const response = await this.send('POST', '/v1/run/batch', { requests });
    if (!response.body) return;
    const decoder = new TextDecoder();
    let pending = '';
    for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
      pending += decoder.decode(chunk, { stream: true });
      let newline = pending.indexOf('\n');
      while (newline !== -1) {
        const line = pending.slice(0, newline);
        pending = pending.slice(newline + 1);
        if (line.trim()) yield JSON.parse(line) as BatchLine;
        newline = pending.indexOf('\n');
      }
    }
    if (pending.trim()) yield JSON.parse(pending) as BatchLine;
  }

  private async json<T>(method: string, path: string, body?: unknown): Promise<T> {
    const response = await this.send(method, path, body);
    return (await response.json()) as T;
  }

  private async send(method: string, path: string, body?: unknown): Promise<Response> {
    const headers: Record<string, string> = {};
    if (body !== undefined) headers['content-type'] = 'application/json';
    if (this.options.token) headers.authorization = `Bearer ${this.options.token}`;
    const payload = body === undefined ? undefined : JSON.stringify(body);
    for (let attempt = 0; ; attempt++) {
      const response = await this.fetcher(`${this.base}${path}`, { method, headers, body: payload });
      if (response.ok) return response;
      const text = await response.text();
      let code = 'HTTP_ERROR';
      let message = text.slice(0, 500);
      try {
        const parsed = JSON.parse(text) as { error?: { code?: string; message?: string } };
        code = parsed.error?.code ?? code;
        message = parsed.error?.message ?? message;
      } catch {
        // not JSON: keep the text
      }
      const retryAfter = Number(response.headers.get('retry-after') ?? Number.NaN);
      const retryAfterS = Number.isFinite(retryAfter) ? retryAfter : undefined;
      if (response.status === 429 && attempt < (this.options.retries ?? 5)) {
        await new Promise((resolve) => setTimeout(resolve, (retryAfterS ?? 1) * 1000));
        continue;
      }
      throw new ServeRequestError(response.status, code, message, retryAfterS);
    }
  }
}
