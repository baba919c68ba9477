/**
 * Options of every command that asks a model (eval, synth, annotate, debugdata): which endpoint, the
 * response cache and the retry policy, with one wording and one reading of their values.
 */
import { resolve } from 'node:path';
import { type Command, Option } from 'commander';
import { defaultCacheDir } from '../../eval/cache/response-cache.js';
import type { ApiKind, RetryOptions } from '../../eval/client/types.js';
import { nonNegativeInt, positiveInt } from '../option-parsers.js';

export interface ModelFlags {
  model?: string;
  baseUrl?: string;
  api: ApiKind;
  apiKeyEnv: string;
  /** A folder, `false` for --no-cache, or absent/true for the default folder. */
  cache?: string | boolean;
  timeoutMs?: number;
  maxAttempts?: number;
  retryBaseMs?: number;
}

/** --model, --base-url (mandatory unless something else can stand in, like --demo), --api, --api-key-env. */
export function addEndpointOptions(command: Command, { required }: { required: boolean }): Command {
  return command
    .addOption(
      new Option('--model <name>', 'model name as the server knows it').makeOptionMandatory(required),
    )
    .addOption(
      new Option(
        '--base-url <url>',
        'OpenAI-compatible base URL, e.g. http://127.0.0.1:8000/v1',
      ).makeOptionMandatory(required),
    )
    .addOption(
      new Option('--api <kind>', 'chat or completions endpoint')
        .choices(['chat', 'completions'])
        .default('chat'),
    )
    .option(
      '--api-key-env <name>',
      'environment variable with the API key (not needed on loopback)',
      'OPENAI_API_KEY',
    );
}

export function addResponseCacheOptions(command: Command): Command {
  return command
    .option('--cache <dir>', 'response cache folder (default ~/.cache/semtrace/responses)')
    .option('--no-cache', 'do not read or write the response cache');
}

export function addRetryOptions(command: Command): Command {
  return command
    .option('--timeout-ms <ms>', 'time limit of one request', positiveInt)
    .option(
      '--max-attempts <n>',
      'attempts per request on 429, 5xx, timeouts and dropped connections',
      positiveInt,
    )
    .option('--retry-base-ms <ms>', 'first retry delay (doubles each attempt)', nonNegativeInt);
}

export function responseCacheDir(flags: ModelFlags): string | null {
  if (flags.cache === false) return null;
  return typeof flags.cache === 'string' ? resolve(flags.cache) : defaultCacheDir();
}

/** The retry settings given on the command line; the client's defaults stand for the rest. */
export function retryOptions(flags: ModelFlags): Partial<RetryOptions> {
  const retry: Partial<RetryOptions> = {};
  if (flags.maxAttempts !== undefined) retry.maxAttempts = flags.maxAttempts;
  if (flags.retryBaseMs !== undefined) retry.baseDelayMs = flags.retryBaseMs;
  if (flags.timeoutMs !== undefined) retry.timeoutMs = flags.timeoutMs;
  return retry;
}
