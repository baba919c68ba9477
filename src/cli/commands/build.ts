/** `semtrace build`: sources → execution-grounded dataset (shards + manifest), resumable. */
import { type Command, InvalidArgumentError, Option } from 'commander';
import { type BuildRunOptions, buildDataset } from '../../dataset/build/build.js';
import { DEFAULT_FORMATS } from '../../dataset/build/config.js';
import { logProgress, terminalProgress } from '../../dataset/build/progress.js';
import { buildShard, parseShardSpec } from '../../dataset/build/shard.js';
import { buildSummary } from '../../dataset/build/summary.js';
import type { FormatName, Split } from '../../dataset/types.js';
import type { DebugSamplingPolicy } from '../../debug/sampling.js';
import { DEBUG_ACTIONS, type DebugActionName } from '../../debug/types.js';
import type { BackendName } from '../../engine/types.js';
import { SemtraceError } from '../../errors.js';
import { formatsHelp } from '../../formats/help.js';
import { buildOnQueue } from '../../queue/coordinator.js';
import { commaList, fraction, nonNegativeInt, positiveInt } from '../option-parsers.js';

interface BuildFlags {
  out: string;
  demo?: boolean;
  mutantsPerProgram: number;
  inputsPerProgram: number;
  mutationOrder: number;
  operators?: string[];
  formats: string[];
  debugActions?: string[];
  debugPerAction?: number;
  debugBreakpoints?: number;
  debugInverse?: boolean;
  debugSeed?: number;
  backend: BackendName;
  workers?: number;
  seed: number;
  split: Record<Split, number>;
  minTraceLength: number;
  maxTraceLength: number;
  keepEquivalentMutants?: boolean;
  checkDeterminism: boolean;
  dedupeTrace?: boolean;
  decontaminate?: string;
  decontaminateThreshold: number;
  gzip?: boolean;
  parquet: boolean;
  shardSize: number;
  timeoutMs?: number;
  maxSteps?: number;
  chunkSize?: number;
  overwrite?: boolean;
  quiet?: boolean;
  json?: boolean;
  shard?: string;
  queue?: string;
  queueWindow?: number;
}

function splitRatios(value: string): Record<Split, number> {
  const parts = value.split(',').map(Number);
  if (parts.length !== 3 || parts.some((part) => !Number.isFinite(part) || part < 0)) {
    throw new InvalidArgumentError('expected three numbers train,dev,test, e.g. 0.8,0.1,0.1');
  }
  const [train, dev, test] = parts as [number, number, number];
  const total = train + dev + test;
  if (total <= 0) throw new InvalidArgumentError('the split ratios must not all be 0');
  return { train: train / total, dev: dev / total, test: test / total };
}

/**
 * The debugger sampling policy from the `--debug-*` flags: only the fields given, so the library fills
 * in the rest and can tell a policy nobody asked for from one that no debugger format would use.
 */
function debugPolicy(flags: BuildFlags): DebugSamplingPolicy | undefined {
  const policy: DebugSamplingPolicy = {};
  // Names are checked by the library, which names the valid ones in a typed error.
  if (flags.debugActions !== undefined) policy.actions = flags.debugActions as DebugActionName[];
  if (flags.debugPerAction !== undefined) policy.perAction = flags.debugPerAction;
  if (flags.debugBreakpoints !== undefined) policy.breakpoints = flags.debugBreakpoints;
  if (flags.debugInverse !== undefined) policy.inverse = flags.debugInverse;
  if (flags.debugSeed !== undefined) policy.seed = flags.debugSeed;
  return Object.keys(policy).length > 0 ? policy : undefined;
}

export function registerBuild(program: Command): void {
  program
    .command('build')
    .description(
      'build a training dataset of execution traces from Python programs (resumable: rerun after a crash)',
    )
    .argument(
      '[sources...]',
      'folders of .py files (CodeNet layout: x.py + x.in / x.*.in, or x.calls), .py, .jsonl or CRUXEval files',
    )
    .requiredOption('--out <dir>', 'output directory: manifest.json + data/<split>-*.jsonl / .parquet')
    .option('--demo', 'build from the bundled starter corpus (165 programs in three levels)')
    .option('--mutants-per-program <n>', 'program mutants per source program', nonNegativeInt, 3)
    .option(
      '--inputs-per-program <n>',
      'mutated inputs per source input (type-aware input mutation)',
      nonNegativeInt,
      1,
    )
    .option('--mutation-order <k>', 'edits per mutant (1 = first-order)', positiveInt, 1)
    .option('--operators <list>', 'mutation operators to use, comma-separated (default: all)', commaList)
    .option('--formats <list>', formatsHelp(), commaList, [...DEFAULT_FORMATS])
    .option(
      '--debug-actions <list>',
      `debugger formats: actions to sample, comma-separated, from ${DEBUG_ACTIONS.join(', ')} (default: step, next, finish, continue, until)`,
      commaList,
    )
    .option('--debug-per-action <n>', 'debugger formats: samples per action per run (default 2)', positiveInt)
    .option(
      '--debug-breakpoints <n>',
      'debugger formats: breakpoints per run, at random lines that run (default 2)',
      nonNegativeInt,
    )
    .option(
      '--debug-inverse',
      'debugger formats: ask for the earlier state given the later one and the action',
    )
    .option('--debug-seed <n>', 'debugger formats: sampling seed (default: --seed)', nonNegativeInt)
    .addOption(
      new Option('--backend <name>', 'pyodide (embedded) or native (a CPython here)')
        .choices(['pyodide', 'native'])
        .default('pyodide'),
    )
    .option('--workers <n>', 'worker processes (default: one per core)', positiveInt)
    .option('--seed <n>', 'seed for sampling mutants, inputs, splits and debugger samples', nonNegativeInt, 0)
    .option('--split <train,dev,test>', 'split ratios by source program', splitRatios, {
      train: 0.8,
      dev: 0.1,
      test: 0.1,
    })
    .option('--min-trace-length <n>', 'drop runs with fewer trace events', nonNegativeInt, 1)
    .option('--max-trace-length <n>', 'drop runs with more trace events', positiveInt, 5000)
    .option(
      '--keep-equivalent-mutants',
      'keep mutants that behave exactly like their original (counted either way)',
    )
    .option(
      '--no-check-determinism',
      'skip the second run (other seed, untraced) that drops non-deterministic programs',
    )
    .option('--dedupe-trace', 'also drop samples whose trace equals an earlier sample’s')
    .option(
      '--decontaminate <file>',
      'drop programs too similar to a benchmark (CRUXEval file, JSONL with code, or folder)',
    )
    .option('--decontaminate-threshold <x>', 'similarity at which a program is dropped', fraction, 0.8)
    .option('--gzip', 'write .jsonl.gz instead of .jsonl')
    .option('--no-parquet', 'do not write Parquet shards')
    .option(
      '--shard-size <n>',
      'most samples per shard (the writer holds one shard in memory)',
      positiveInt,
      1000,
    )
    .option('--timeout-ms <n>', 'per-run wall-clock limit (default 2000)', positiveInt)
    .option(
      '--max-steps <n>',
      'most trace events recorded per run (default: --max-trace-length + 1)',
      positiveInt,
    )
    .addOption(
      new Option('--chunk-size <n>', 'source programs per resumable chunk').argParser(positiveInt).hideHelp(),
    )
    .option(
      '--shard <I/N>',
      'build only the I-th of N deterministic parts (I from 0; Slurm arrays, Kubernetes indexed jobs); join them with `semtrace merge`',
    )
    .option(
      '--queue <redis-url>',
      'coordinate the build over a BullMQ queue on Redis (redis://HOST:PORT/DB); `semtrace worker` processes run the chunks; --out must be a folder every worker mounts at the same path',
    )
    .addOption(
      new Option('--queue-window <n>', 'most chunk jobs on the queue at once (default 64)')
        .argParser(positiveInt)
        .hideHelp(),
    )
    .option('--overwrite', 'replace a dataset built with other options in --out')
    .option('--quiet', 'no progress output')
    .option('--json', 'print the manifest as JSON at the end instead of the summary table')
    .action(async (sources: string[], flags: BuildFlags) => {
      const interactive = process.stderr.isTTY && !flags.quiet;
      const progress = flags.quiet
        ? undefined
        : interactive
          ? terminalProgress()
          : logProgress((line) => process.stderr.write(`${line}\n`));
      const limits: Record<string, number> = {};
      if (flags.timeoutMs) limits.timeoutMs = flags.timeoutMs;
      if (flags.maxSteps) limits.maxSteps = flags.maxSteps;
      const policy = debugPolicy(flags);
      const options: BuildRunOptions = {
        sources,
        demo: flags.demo ?? false,
        out: flags.out,
        seed: flags.seed,
        mutantsPerProgram: flags.mutantsPerProgram,
        inputsPerProgram: flags.inputsPerProgram,
        mutationOrder: flags.mutationOrder,
        operators: flags.operators ?? null,
        formats: flags.formats as FormatName[],
        ...(policy ? { debugPolicy: policy } : {}),
        backend: flags.backend,
        ...(flags.workers ? { workers: flags.workers } : {}),
        splitRatios: flags.split,
        minTraceLength: flags.minTraceLength,
        maxTraceLength: flags.maxTraceLength,
        keepEquivalentMutants: flags.keepEquivalentMutants ?? false,
        checkDeterminism: flags.checkDeterminism,
        dedupeByTrace: flags.dedupeTrace ?? false,
        decontaminate: flags.decontaminate ?? null,
        decontaminateThreshold: flags.decontaminateThreshold,
        gzip: flags.gzip ?? false,
        parquet: flags.parquet,
        shardSize: flags.shardSize,
        limits,
        overwrite: flags.overwrite ?? false,
        ...(flags.chunkSize ? { chunkSize: flags.chunkSize } : {}),
        ...(progress ? { progress } : {}),
      };
      if (flags.shard !== undefined && flags.queue !== undefined) {
        throw new SemtraceError(
          'SEMTRACE_BAD_OPTION',
          'give --shard (static parts) or --queue (dynamic workers), not both',
        );
      }
      if (flags.shard !== undefined) {
        const shard = await buildShard({ ...options, shard: parseShardSpec(flags.shard) });
        if (flags.json) {
          process.stdout.write(`${JSON.stringify(shard.info, null, 2)}\n`);
          return;
        }
        const { index, count } = shard.info.shard;
        process.stdout.write(
          `${shard.alreadyBuilt ? `${flags.out} already holds` : 'Built'} shard ${index}/${count} in ${flags.out}; when all ${count} are built: semtrace merge DIR... --out OUT\n`,
        );
        return;
      }
      const result = flags.queue
        ? await buildOnQueue({
            ...options,
            queue: flags.queue,
            ...(flags.queueWindow ? { window: flags.queueWindow } : {}),
            ...(flags.quiet ? {} : { log: (line: string) => process.stderr.write(`${line}\n`) }),
          })
        : await buildDataset(options);

      if (flags.json) {
        process.stdout.write(`${JSON.stringify(result.manifest, null, 2)}\n`);
        return;
      }
      if (result.alreadyBuilt)
        process.stdout.write(`${flags.out} already holds this dataset; nothing to do.\n`);
      process.stdout.write(buildSummary(result.manifest, flags.out, result.engineRuns));
    });
}
