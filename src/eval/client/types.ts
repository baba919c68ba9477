/** What the evaluation asks a model endpoint, and how hard it tries. */

/** `chat`: /chat/completions with system and user messages; `completions`: /completions with one text. */
export type ApiKind = 'chat' | 'completions';

/** A rendered prompt. The completions API receives `system` and `user` joined by a blank line. */
export interface Prompt {
  system?: string;
  user: string;
}

/** Sampling parameters passed through to the server (absent ones are left to the server's defaults). */
export interface SamplingParams {
  /** Samples per item. */
  n: number;
  temperature?: number;
  topP?: number;
  maxTokens?: number;
  stop?: string[];
  seed?: number;
}

export interface EndpointConfig {
  /** OpenAI-compatible base URL, e.g. `http://127.0.0.1:8000/v1`. */
  baseURL: string;
  model: string;
  api: ApiKind;
  apiKey: string;
}

/** Our retry policy (the openai client's own retries are switched off so this one is the only one). */
export interface RetryOptions {
  /** Most attempts for one request on 429, 5xx, timeouts and dropped connections. Default 6. */
  maxAttempts: number;
  /** Most attempts when the server answers 200 with an unusable body. Default 3. */
  garbageAttempts: number;
  /** First backoff; doubles every attempt. Default 1000. */
  baseDelayMs: number;
  /** Cap of one backoff (and of a Retry-After the server asks for). Default 60000. */
  maxDelayMs: number;
  /** Per-request timeout. Default 120000. */
  timeoutMs: number;
}

export const DEFAULT_RETRY: RetryOptions = {
  maxAttempts: 6,
  garbageAttempts: 3,
  baseDelayMs: 1000,
  maxDelayMs: 60_000,
  timeoutMs: 120_000,
};

/** Counters a progress display and run.json read. */
export interface ClientStats {
  requests: number;
  retries: number;
  cacheHits: number;
  /** Milliseconds spent waiting for HTTP answers, summed over requests (for the mean latency). */
  requestMs: number;
}

/** Anything that turns a prompt into `n` sampled texts (the HTTP client, or the cache in front of it). */
export interface Completer {
  complete(prompt: Prompt, params: SamplingParams): Promise<string[]>;
  readonly stats: ClientStats;
}

/** The text the completions API receives, and the text a result line records for a chat prompt. */
export function promptAsText(prompt: Prompt): string {
  return prompt.system ? `${prompt.system}\n\n${prompt.user}` : prompt.user;
}

/**
 * A model that answers task items directly instead of through a prompt template (the neural executor,
 * its baselines): it sees the item, says what text it was given, and returns its answers.
 */
export interface ItemModel {
  /** The text the model reads for an item (recorded as the result's prompt). */
  promptFor(item: import('../../tasks/types.js').TaskItem): string;
  answer(item: import('../../tasks/types.js').TaskItem, params: SamplingParams): Promise<string[]>;
  readonly stats: ClientStats;
  /** Identifies the weights (e.g. a file hash): part of the run's fingerprint. */
  readonly identity: string;
  close(): Promise<void>;
}
