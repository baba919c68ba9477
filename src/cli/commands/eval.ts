/** `semtrace eval`: ask a model about task items, score every answer in the engine, write a run folder. */
import { resolve } from 'node:path';
import { type Command, InvalidArgumentError, Option } from 'commander';
import type { BackendName } from '../../engine/types.js';
import { SemtraceError } from '../../errors.js';
import type { SamplingParams } from '../../eval/client/types.js';
import { interval, percent } from '../../eval/report/report-data.js';
import { isItemModel } from '../../eval/run/item-models.js';
import { createProgressDisplay } from '../../eval/run/progress-display.js';
import { runEval } from '../../eval/run/run-eval.js';
import type { EvalConfig } from '../../eval/types.js';
import { TASKS, type TaskName } from '../../tasks/types.js';
import { commaList, finiteNumber, positiveInt } from '../option-parsers.js';
import {
  addEndpointOptions,
  addResponseCacheOptions,
  addRetryOptions,
  type ModelFlags,
  responseCacheDir,
  retryOptions,
} from './model-options.js';

/** Commander's parsed options; the sampling ones (`--n`, `--temperature`, ...) are SamplingParams' fields. */
interface EvalFlags extends SamplingParams, ModelFlags {
  task: TaskName;
  data: string;
  split?: string;
  limit?: number;
  model: string;
  baseUrl?: string;
  cot?: boolean;
  fewShot?: boolean;
  template?: string;
  concurrency: number;
  backend: BackendName;
  workers: number;
  out: string;
  k?: string[];
}

function integer(value: string): number {
  const parsed = Number(value);
  if (!Number.isInteger(parsed)) throw new InvalidArgumentError('expected a whole number');
  return parsed;
}

export function toEvalConfig(flags: EvalFlags): EvalConfig {
  if (!flags.model)
    throw new SemtraceError('SEMTRACE_BAD_OPTION', "required option '--model <name>' not specified");
  if (!isItemModel(flags.model) && !flags.baseUrl) {
    throw new SemtraceError(
      'SEMTRACE_BAD_OPTION',
      "required option '--base-url <url>' not specified (only onnx:PATH and baseline: models run without a server)",
    );
  }
  const sampling: SamplingParams = { n: flags.n };
  if (flags.temperature !== undefined) sampling.temperature = flags.temperature;
  if (flags.topP !== undefined) sampling.topP = flags.topP;
  if (flags.maxTokens !== undefined) sampling.maxTokens = flags.maxTokens;
  if (flags.stop?.length) sampling.stop = flags.stop;
  if (flags.seed !== undefined) sampling.seed = flags.seed;
  const config: EvalConfig = {
    task: flags.task,
    data: flags.data,
    model: flags.model,
    baseURL: flags.baseUrl ?? '',
    api: flags.api,
    apiKeyEnv: flags.apiKeyEnv,
    sampling,
    cot: flags.cot ?? false,
    fewShot: flags.fewShot ?? false,
    concurrency: flags.concurrency,
    backend: flags.backend,
    workers: flags.workers,
    outDir: resolve(flags.out),
    cacheDir: responseCacheDir(flags),
    retry: retryOptions(flags),
    ks: (flags.k ?? ['1', '5', '10']).map((k) => positiveInt(k)),
  };
  if (flags.split !== undefined) config.split = flags.split;
  if (flags.limit !== undefined) config.limit = flags.limit;
  if (flags.template !== undefined) config.template = resolve(flags.template);
  return config;
}

export function registerEval(program: Command): void {
  const command = program
    .command('eval')
    .description(
      'evaluate a model (any OpenAI-compatible endpoint) on execution reasoning; see docs/evaluation.md',
    )
    .addOption(
      new Option('--task <name>', 'what the model predicts').choices([...TASKS]).makeOptionMandatory(),
    )
    .requiredOption(
      '--data <path>',
      'CRUXEval-style JSONL, a built dataset folder, or a JSONL of samples or task items',
    )
    .option('--split <name>', 'dataset split (train, dev, test; default test for a dataset folder)')
    .option('--limit <n>', 'evaluate only the first n items', positiveInt);
  // --model and --base-url are checked in toEvalConfig: onnx:PATH and baseline: models need no server.
  addEndpointOptions(command, { required: false })
    .option('--n <n>', 'samples per item', positiveInt, 1)
    .option('--temperature <t>', 'sampling temperature', finiteNumber)
    .option('--top-p <p>', 'nucleus sampling mass', finiteNumber)
    .option('--max-tokens <k>', 'most tokens per answer', positiveInt)
    .option('--stop <seq...>', 'stop sequences')
    .option('--seed <s>', 'sampling seed passed to the server', integer)
    .option('--cot', 'chain of thought: ask the model to reason step by step before [ANSWER]')
    .option('--few-shot', 'prompt with worked examples')
    .option('--template <file>', 'your own prompt template (copy one from templates/)')
    .option('--concurrency <c>', 'requests in flight at once', positiveInt, 8)
    .addOption(
      new Option('--backend <name>', 'engine backend that checks answers')
        .choices(['pyodide', 'native'])
        .default('pyodide'),
    )
    .option('--workers <n>', 'engine workers for the checks', positiveInt, 2)
    .requiredOption(
      '--out <dir>',
      'run folder: results.jsonl, summary.json, report.md, report.html, run.json',
    );
  addResponseCacheOptions(command).option(
    '--k <list>',
    'pass@k values to report (those above --n are left out)',
    commaList,
    ['1', '5', '10'],
  );
  addRetryOptions(command).action(async (flags: EvalFlags) => {
    const config = toEvalConfig(flags);
    const display = createProgressDisplay();
    let outcome: Awaited<ReturnType<typeof runEval>>;
    try {
      outcome = await runEval(config, {
        onProgress: (p) => display.update(p),
        log: (m) => display.note(m),
      });
    } finally {
      display.stop();
    }
    const { summary, info } = outcome;
    const lines = Object.entries(summary.passAtK).map(
      ([name, value]) =>
        `${name} ${percent(value.value)} (95% CI ${interval(value.ci95)}, ${value.items} items)`,
    );
    process.stdout.write(
      `${lines.join('\n')}\n${summary.items} items, ${info.counts.errors} without an answer, ` +
        `${info.timings.requests} requests, ${info.timings.cacheHits} cache hits\n` +
        `wrote ${config.outDir}/{results.jsonl,summary.json,report.md,report.html,run.json}\n`,
    );
    if (info.counts.errors > 0) process.exitCode = 2;
  });
}
