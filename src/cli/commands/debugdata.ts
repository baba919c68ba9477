/** `semtrace debugdata`: PYX-R debugging data — injected bugs, faulty traces, verified fixes. */
import type { Command } from 'commander';
import { summaryTable } from '../../synth/common/progress.js';
import { DEBUGDATA_DEFAULTS, runDebugData } from '../../synth/debugdata/run-debugdata.js';
import { positiveInt } from '../option-parsers.js';
import {
  addPipelineOptions,
  type PipelineFlags,
  programsFile,
  runWithProgress,
  toPipelineConfig,
} from './pipeline-options.js';

interface DebugDataFlags extends PipelineFlags {
  programs?: string;
  attempts: number;
  maxMutants: number;
  casesPerProgram: number;
  runTimeoutMs: number;
}

export function registerDebugData(program: Command): void {
  const command = program
    .command('debugdata')
    .description(
      'debugging data (PYX-R): injected bugs, faulty traces, model fixes that pass every test; see docs/debugdata.md',
    )
    .option('--programs <file>', 'programs with tests: semtrace synth output, or JSONL with code + tests')
    .option(
      '--attempts <n>',
      'fixes asked per buggy program at most',
      positiveInt,
      DEBUGDATA_DEFAULTS.attempts,
    )
    .option(
      '--max-mutants <n>',
      'mutants tried per program at most',
      positiveInt,
      DEBUGDATA_DEFAULTS.maxMutants,
    )
    .option(
      '--cases-per-program <n>',
      'failing mutants kept per program',
      positiveInt,
      DEBUGDATA_DEFAULTS.casesPerProgram,
    )
    .option(
      '--run-timeout-ms <ms>',
      'time limit of one program run',
      positiveInt,
      DEBUGDATA_DEFAULTS.timeoutMs,
    );
  addPipelineOptions(command).action(async (flags: DebugDataFlags) => {
    const programs = programsFile(flags);
    const outcome = await runWithProgress('debugdata', flags, (hooks) =>
      runDebugData(
        {
          ...toPipelineConfig(flags),
          programs,
          attempts: flags.attempts,
          maxMutants: flags.maxMutants,
          casesPerProgram: flags.casesPerProgram,
          seed: flags.seed ?? 0,
          timeoutMs: flags.runTimeoutMs,
        },
        hooks,
      ),
    );
    const { counts } = outcome.manifest;
    process.stdout.write(
      `${flags.demo ? '[replay] ' : ''}${summaryTable('debugdata summary', [
        ['programs', counts.programs],
        ['mutants tried', counts.mutantsTried],
        ['mutants failing a test', counts.killed],
        ['mutants passing every test', counts.survived],
        ['failing only by timeout', counts.onlyTimeouts],
        ['buggy cases', counts.cases],
        ['fixes asked', counts.fixesAsked],
        ['replies without code', counts.noCode],
        ['fixes failing a test', counts.fixesFailingTests],
        ['fixes passing every test', counts.fixesPassing],
        ['cases kept', counts.accepted],
        ['failed requests', counts.failedRequests],
      ])}\nwrote ${outcome.paths.records}, ${outcome.paths.pyxr}, ${outcome.paths.chat} and ${outcome.paths.manifest}\n`,
    );
  });
}
