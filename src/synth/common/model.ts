/**
 * The model behind every pipeline command: the evaluation's OpenAI-compatible client with its retry
 * policy and response cache, or (for `--demo`) the same client pointed at a loopback replay server.
 */
import { ResponseCache, withCache } from '../../eval/cache/response-cache.js';
import { resolveApiKey } from '../../eval/client/api-key.js';
import { createModelClient } from '../../eval/client/model-client.js';
import type { Failure } from '../../eval/client/retry-policy.js';
import type {
  ApiKind,
  ClientStats,
  Completer,
  EndpointConfig,
  RetryOptions,
} from '../../eval/client/types.js';
import { readReplayFile, startReplayServer, withRecorder } from './replay.js';

export interface ModelConfig {
  baseURL: string;
  model: string;
  api: ApiKind;
  apiKeyEnv: string;
  /** Response cache folder; null for none. */
  cacheDir: string | null;
  retry?: Partial<RetryOptions>;
  /** Replay this file of recorded answers instead of asking `baseURL` (the demo). */
  replay?: string;
  /** Append every answer to this file in the replay format. */
  record?: string;
}

export interface OpenModel {
  completer: Completer;
  stats: ClientStats;
  /** The model name written into records (`replay:<name>` for a replay). */
  modelName: string;
  close(): Promise<void>;
}

export async function openModel(
  config: ModelConfig,
  onRetry?: (failure: Failure, attempt: number, delayMs: number) => void,
): Promise<OpenModel> {
  let baseURL = config.baseURL;
  let close = async () => {};
  let cacheDir = config.cacheDir;
  let modelName = config.model;
  if (config.replay) {
    const server = await startReplayServer(readReplayFile(config.replay));
    baseURL = server.baseURL;
    close = server.close;
    // A replay must not fill the user's cache with recorded answers (nor be answered from it).
    cacheDir = null;
    modelName = `replay:${config.model}`;
  }
  const endpoint: EndpointConfig = {
    baseURL,
    model: config.model,
    api: config.replay ? 'chat' : config.api,
    apiKey: resolveApiKey(baseURL, config.apiKeyEnv),
  };
  const client = createModelClient({ endpoint, retry: config.retry, onRetry });
  let completer: Completer = cacheDir ? withCache(client, new ResponseCache(cacheDir), endpoint) : client;
  if (config.record) completer = withRecorder(completer, config.record);
  return { completer, stats: client.stats, modelName, close };
}
