/** Options every pipeline command (synth, annotate, debugdata) shares: the model, sampling, engine, demo. */
import { resolve } from 'node:path';
import { type Command, InvalidArgumentError, Option } from 'commander';
import type { BackendName } from '../../engine/types.js';
import { SemtraceError } from '../../errors.js';
import { defaultCacheDir } from '../../eval/cache/response-cache.js';
import type { ApiKind, SamplingParams } from '../../eval/client/types.js';
import type { ModelConfig } from '../../synth/common/model.js';
import { DEMO_FILES, DEMO_MODEL } from '../../synth/demo.js';
import { nonNegativeInt, positiveInt } from '../option-parsers.js';

export interface PipelineFlags {
  model?: string;
  baseUrl?: string;
  api: ApiKind;
  apiKeyEnv: string;
  temperature?: number;
  maxTokens?: number;
  seed?: number;
  cache?: string | boolean;
  concurrency: number;
  backend: BackendName;
  workers: number;
  out: string;
  templateDir?: string;
  maxAttempts?: number;
  retryBaseMs?: number;
  timeoutMs?: number;
  record?: string;
  demo?: boolean;
}

function number(value: string): number {
  const parsed = Number(value);
  if (!Number.isFinite(parsed)) throw new InvalidArgumentError('expected a number');
  return parsed;
}

export function addPipelineOptions(command: Command): Command {
  return command
    .option('--model <name>', 'model name as the server knows it')
    .option('--base-url <url>', 'OpenAI-compatible base URL, e.g. http://127.0.0.1:8000/v1')
    .addOption(
      new Option('--api <kind>', 'chat or completions endpoint')
        .choices(['chat', 'completions'])
        .default('chat'),
    )
    .option(
      '--api-key-env <name>',
      'environment variable with the API key (not needed on loopback)',
      'OPENAI_API_KEY',
    )
    .option('--temperature <t>', 'sampling temperature', number)
    .option('--max-tokens <k>', 'most tokens per answer', positiveInt)
    .option('--seed <s>', 'sampling seed passed to the server (and the input mutator)', nonNegativeInt)
    .option('--cache <dir>', 'response cache folder (default ~/.cache/semtrace/responses)')
    .option('--no-cache', 'do not read or write the response cache')
    .option('--concurrency <c>', 'model requests in flight at once', positiveInt, 8)
    .addOption(
      new Option('--backend <name>', 'engine backend that runs the programs')
        .choices(['pyodide', 'native'])
        .default('pyodide'),
    )
    .option('--workers <n>', 'engine workers', positiveInt, 2)
    .requiredOption('--out <dir>', 'output folder (rerun with the same folder to resume)')
    .option('--template-dir <dir>', 'folder with your own copies of the templates/ files this command uses')
    .option(
      '--max-attempts <n>',
      'attempts per request on 429, 5xx, timeouts and dropped connections',
      positiveInt,
    )
    .option('--retry-base-ms <ms>', 'first retry delay (doubles each attempt)', nonNegativeInt)
    .option('--timeout-ms <ms>', 'time limit of one request', positiveInt)
    .option('--record <file>', 'also append every model answer to this file in the replay format')
    .option('--demo', 'replay the bundled recorded answers instead of asking a model (no network, no GPU)');
}

export function toModelConfig(flags: PipelineFlags): ModelConfig {
  if (!flags.demo && (!flags.model || !flags.baseUrl)) {
    throw new SemtraceError(
      'SEMTRACE_BAD_OPTION',
      'give --model and --base-url (or --demo to replay the bundled answers)',
    );
  }
  const retry: ModelConfig['retry'] = {};
  if (flags.maxAttempts !== undefined) retry.maxAttempts = flags.maxAttempts;
  if (flags.retryBaseMs !== undefined) retry.baseDelayMs = flags.retryBaseMs;
  if (flags.timeoutMs !== undefined) retry.timeoutMs = flags.timeoutMs;
  const config: ModelConfig = {
    baseURL: flags.demo ? 'http://127.0.0.1/v1' : flags.baseUrl!,
    model: flags.demo ? DEMO_MODEL : flags.model!,
    api: flags.api,
    apiKeyEnv: flags.apiKeyEnv,
    cacheDir:
      flags.cache === false
        ? null
        : typeof flags.cache === 'string'
          ? resolve(flags.cache)
          : defaultCacheDir(),
    retry,
  };
  if (flags.demo) config.replay = DEMO_FILES.replay;
  if (flags.record) config.record = resolve(flags.record);
  return config;
}

export function toSampling(flags: PipelineFlags): Omit<SamplingParams, 'n'> {
  const sampling: Omit<SamplingParams, 'n'> = {};
  if (flags.temperature !== undefined) sampling.temperature = flags.temperature;
  if (flags.maxTokens !== undefined) sampling.maxTokens = flags.maxTokens;
  if (flags.seed !== undefined) sampling.seed = flags.seed;
  return sampling;
}
