/**
 * The HTTP client for any OpenAI-compatible endpoint (vLLM, SGLang, llama.cpp, Ollama, hosted APIs),
 * through the `openai` package with its own retries switched off: our policy (retry-policy.ts) decides.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import OpenAI from 'openai';
import { SemtraceError } from '../../errors.js';
import { choiceTexts } from './choices.js';
import { classifyFailure, delayBeforeRetry, type Failure } from './retry-policy.js';
import {
  type ClientStats,
  type Completer,
  DEFAULT_RETRY,
  type EndpointConfig,
  type Prompt,
  promptAsText,
  type RetryOptions,
  type SamplingParams,
} from './types.js';

/** A request that failed for good. `fatal` means no other request can succeed either (stop the run). */
export class ModelRequestError extends SemtraceError {
  constructor(
    message: string,
    readonly fatal: boolean,
    readonly failure: Failure,
  ) {
    super('SEMTRACE_MODEL_REQUEST_FAILED', message);
  }
}

export interface ModelClientOptions {
  endpoint: EndpointConfig;
  retry?: Partial<RetryOptions>;
  /** Told about every retry (progress displays count them; tests check the delays). */
  onRetry?: (failure: Failure, attempt: number, delayMs: number) => void;
  /** Jitter source; tests pin it. */
  random?: () => number;
}

export function createModelClient(options: ModelClientOptions): Completer {
  const { endpoint } = options;
  const retry: RetryOptions = { ...DEFAULT_RETRY, ...options.retry };
  const openai = new OpenAI({
    baseURL: endpoint.baseURL,
    apiKey: endpoint.apiKey,
    maxRetries: 0,
    timeout: retry.timeoutMs,
  });
  const stats: ClientStats = { requests: 0, retries: 0, cacheHits: 0, requestMs: 0 };

  async function requestOnce(prompt: Prompt, params: SamplingParams): Promise<string[]> {
    const common = {
      model: endpoint.model,
      n: params.n,
      ...(params.temperature !== undefined && { temperature: params.temperature }),
      ...(params.topP !== undefined && { top_p: params.topP }),
      ...(params.maxTokens !== undefined && { max_tokens: params.maxTokens }),
      ...(params.stop !== undefined && params.stop.length > 0 && { stop: params.stop }),
      ...(params.seed !== undefined && { seed: params.seed }),
    };
    stats.requests += 1;
    if (endpoint.api === 'chat') {
      const messages: { role: 'system' | 'user'; content: string }[] = [];
      if (prompt.system) messages.push({ role: 'system', content: prompt.system });
      messages.push({ role: 'user', content: prompt.user });
      const body: unknown = await openai.chat.completions.create({ ...common, messages, stream: false });
      return choiceTexts('chat', body);
    }
    const body: unknown = await openai.completions.create({
      ...common,
      prompt: promptAsText(prompt),
      stream: false,
    });
    return choiceTexts('completions', body);
  }

  async function requestWithRetries(prompt: Prompt, params: SamplingParams): Promise<string[]> {
    let garbage = 0;
    for (let attempt = 1; ; attempt += 1) {
      const started = performance.now();
      try {
        const texts = await requestOnce(prompt, params);
        stats.requestMs += performance.now() - started;
        return texts;
      } catch (error) {
        stats.requestMs += performance.now() - started;
        const failure = classifyFailure(error);
        // Garbage has its own, smaller budget: it is counted apart from the transient failures.
        if (failure.kind === 'garbage') garbage += 1;
        const counted = failure.kind === 'garbage' ? garbage : attempt;
        const delay = delayBeforeRetry(failure, counted, retry, options.random);
        if (delay === null) {
          const tries = attempt === 1 ? '' : ` after ${attempt} attempts`;
          const hint =
            failure.kind === 'fatal'
              ? ` — check --base-url, --model and the API key (${endpoint.baseURL}, model '${endpoint.model}')`
              : '';
          throw new ModelRequestError(`${failure.message}${tries}${hint}`, failure.kind === 'fatal', failure);
        }
        stats.retries += 1;
        options.onRetry?.(failure, attempt, delay);
        await sleep(delay);
      }
    }
  }

  return {
    stats,
    /**
     * `n` samples. Servers that ignore `n` return fewer choices; the rest is topped up with further
     * requests. With a seed, each top-up uses seed + samples so far, so the extra samples differ from
     * the first yet stay reproducible.
     */
    async complete(prompt: Prompt, params: SamplingParams): Promise<string[]> {
      const texts: string[] = [];
      while (texts.length < params.n) {
        const want = params.n - texts.length;
        const seed = params.seed === undefined ? undefined : params.seed + texts.length;
        const got = await requestWithRetries(prompt, { ...params, n: want, seed });
        texts.push(...got.slice(0, want));
      }
      return texts;
    },
  };
}
