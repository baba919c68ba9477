/** Options every pipeline command (synth, annotate, debugdata) shares: the model, sampling, engine, demo. */
import { resolve } from 'node:path';
import { type Command, Option } from 'commander';
import type { BackendName } from '../../engine/types.js';
import { SemtraceError } from '../../errors.js';
import type { SamplingParams } from '../../eval/client/types.js';
import type { ModelConfig } from '../../synth/common/model.js';
import type { PipelineHooks } from '../../synth/common/pipeline-session.js';
import { createProgressSink } from '../../synth/common/progress.js';
import { DEMO_BANNER, DEMO_FILES, DEMO_MODEL } from '../../synth/demo.js';
import { finiteNumber, nonNegativeInt, positiveInt } from '../option-parsers.js';
import {
  addEndpointOptions,
  addResponseCacheOptions,
  addRetryOptions,
  type ModelFlags,
  responseCacheDir,
  retryOptions,
} from './model-options.js';

export interface PipelineFlags extends ModelFlags {
  temperature?: number;
  maxTokens?: number;
  seed?: number;
  concurrency: number;
  backend: BackendName;
  workers: number;
  out: string;
  templateDir?: string;
  record?: string;
  demo?: boolean;
}

export function addPipelineOptions(command: Command): Command {
  addEndpointOptions(command, { required: false })
    .option('--temperature <t>', 'sampling temperature', finiteNumber)
    .option('--max-tokens <k>', 'most tokens per answer', positiveInt)
    .option('--seed <s>', 'sampling seed passed to the server (and the input mutator)', nonNegativeInt);
  addResponseCacheOptions(command)
    .option('--concurrency <c>', 'model requests in flight at once', positiveInt, 8)
    .addOption(
      new Option('--backend <name>', 'engine backend that runs the programs')
        .choices(['pyodide', 'native'])
        .default('pyodide'),
    )
    .option('--workers <n>', 'engine workers', positiveInt, 2)
    .requiredOption('--out <dir>', 'output folder (rerun with the same folder to resume)')
    .option('--template-dir <dir>', 'folder with your own copies of the templates/ files this command uses');
  return addRetryOptions(command)
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
  const config: ModelConfig = {
    baseURL: flags.demo ? 'http://127.0.0.1/v1' : flags.baseUrl!,
    model: flags.demo ? DEMO_MODEL : flags.model!,
    api: flags.api,
    apiKeyEnv: flags.apiKeyEnv,
    cacheDir: responseCacheDir(flags),
    retry: retryOptions(flags),
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

/** The settings every pipeline command's library call takes the same way from the flags. */
export function toPipelineConfig(flags: PipelineFlags) {
  return {
    outDir: resolve(flags.out),
    model: toModelConfig(flags),
    sampling: toSampling(flags),
    concurrency: flags.concurrency,
    backend: flags.backend,
    workers: flags.workers,
    ...(flags.templateDir !== undefined && { templateDir: resolve(flags.templateDir) }),
  };
}

/**
 * The programs file annotate and debugdata read: --programs, or the bundled one under --demo. Asked for
 * before anything starts, so a missing file is the first thing the user hears about.
 */
export function programsFile(flags: PipelineFlags & { programs?: string }): string {
  const programs = flags.programs ?? (flags.demo ? DEMO_FILES.programs : undefined);
  if (!programs) {
    throw new SemtraceError('SEMTRACE_BAD_OPTION', 'give --programs FILE (semtrace synth output), or --demo');
  }
  return resolve(programs);
}

/**
 * Run a pipeline command's library call with a progress line on stderr (stopped however the call ends),
 * after the demo banner when the answers are replayed.
 */
export async function runWithProgress<T>(
  command: string,
  flags: PipelineFlags,
  run: (hooks: PipelineHooks) => Promise<T>,
): Promise<T> {
  if (flags.demo) process.stderr.write(`${DEMO_BANNER}\n`);
  const sink = createProgressSink(command);
  try {
    return await run({ onProgress: (p) => sink.update(p), log: (m) => sink.note(m) });
  } finally {
    sink.stop();
  }
}
