/** `semtrace synth`: model-written programs that really run, with inputs and tests from real runs. */
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { summaryTable } from '../../synth/common/progress.js';
import { DEMO_FILES } from '../../synth/demo.js';
import { runSynth } from '../../synth/run-synth.js';
import { BUILTIN_SEEDS_DIR } from '../../synth/seeds.js';
import { fraction, positiveInt } from '../option-parsers.js';
import {
  addPipelineOptions,
  type PipelineFlags,
  runWithProgress,
  toPipelineConfig,
} from './pipeline-options.js';

interface SynthFlags extends PipelineFlags {
  seeds?: string[];
  k: number;
  fallback: boolean;
  limit?: number;
  runTimeoutMs: number;
  benchmark?: string;
  threshold?: number;
}

function percent(value: number | null): string {
  return value === null ? '-' : `${(value * 100).toFixed(1)} %`;
}

export function registerSynth(program: Command): void {
  const command = program
    .command('synth')
    .description(
      'ask a model for programs from seed snippets and keep those that really run; see docs/synth.md',
    )
    .option(
      '--seeds <path...>',
      'seed snippets: folders of .py files or JSONL {id, code} (default: the bundled corpus)',
    )
    .option('--k <n>', 'inputs wanted per program', positiveInt, 5)
    .option('--no-fallback', 'do not ask the model for more inputs when mutation gives fewer than k')
    .option('--limit <n>', 'use only the first n seeds', positiveInt)
    .option('--run-timeout-ms <ms>', 'time limit of one run of a generated program', positiveInt, 3000)
    .option('--benchmark <file>', 'decontaminate against this benchmark (JSONL with code, or .py files)')
    .option('--threshold <x>', 'decontamination similarity threshold', fraction);
  addPipelineOptions(command).action(async (flags: SynthFlags) => {
    const outcome = await runWithProgress('synth', flags, (hooks) =>
      runSynth(
        {
          ...toPipelineConfig(flags),
          seeds: (flags.seeds ?? [flags.demo ? DEMO_FILES.seeds : BUILTIN_SEEDS_DIR]).map((p) => resolve(p)),
          k: flags.k,
          fallback: flags.fallback,
          ...(flags.limit !== undefined && { limit: flags.limit }),
          timeoutMs: flags.runTimeoutMs,
          ...((flags.benchmark ?? (flags.demo ? DEMO_FILES.benchmark : undefined)) !== undefined && {
            benchmark: resolve(flags.benchmark ?? DEMO_FILES.benchmark),
          }),
          ...(flags.threshold !== undefined && { threshold: flags.threshold }),
          seed: flags.seed ?? 0,
        },
        hooks,
      ),
    );
    const { counts, rejections, nonExecutableRate, semcoderNonExecutableRate, inputs } = outcome.summary;
    const rows: [string, string | number][] = [
      ['seeds', counts.seeds],
      ['answered', counts.answered],
      ['request failed', counts.requestFailed],
      ['with code', counts.withCode],
      ['executed', counts.executed],
      ['deterministic', counts.deterministic],
      ['tests passed', counts.testsPassed],
      ['duplicates', counts.duplicates],
      ['contaminated', counts.contaminated],
      ['written', counts.written],
      ['short of k inputs', counts.shortOfInputs],
      ['inputs per program', inputs.perProgram === null ? '-' : inputs.perProgram.toFixed(2)],
      ['non-executable', `${percent(nonExecutableRate)} (SemCoder: ${percent(semcoderNonExecutableRate)})`],
    ];
    const reasons = Object.entries(rejections).sort(([a], [b]) => a.localeCompare(b));
    process.stdout.write(
      `${flags.demo ? '[replay] ' : ''}${summaryTable('synth summary', rows)}\n${summaryTable('rejections', reasons)}\n` +
        `wrote ${outcome.paths.programs} and ${outcome.paths.manifest}\n`,
    );
  });
}
