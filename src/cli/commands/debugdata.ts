/** `semtrace debugdata`: PYX-R debugging data — injected bugs, faulty traces, verified fixes. */
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { SemtraceError } from '../../errors.js';
import { createProgressSink, summaryTable } from '../../synth/common/progress.js';
import { DEBUGDATA_DEFAULTS, runDebugData } from '../../synth/debugdata/run-debugdata.js';
import { DEMO_BANNER, DEMO_FILES } from '../../synth/demo.js';
import { positiveInt } from '../option-parsers.js';
import { addPipelineOptions, type PipelineFlags, toModelConfig, toSampling } from './pipeline-options.js';

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
    if (flags.demo) process.stderr.write(`${DEMO_BANNER}\n`);
    const programs = flags.programs ?? (flags.demo ? DEMO_FILES.programs : undefined);
    if (!programs) {
      throw new SemtraceError(
        'SEMTRACE_BAD_OPTION',
        'give --programs FILE (semtrace synth output), or --demo',
      );
    }
    const sink = createProgressSink('debugdata');
    let outcome: Awaited<ReturnType<typeof runDebugData>>;
    try {
      outcome = await runDebugData(
        {
          programs: resolve(programs),
          outDir: resolve(flags.out),
          model: toModelConfig(flags),
          sampling: toSampling(flags),
          attempts: flags.attempts,
          maxMutants: flags.maxMutants,
          casesPerProgram: flags.casesPerProgram,
          seed: flags.seed ?? 0,
          concurrency: flags.concurrency,
          backend: flags.backend,
          workers: flags.workers,
          timeoutMs: flags.runTimeoutMs,
          ...(flags.templateDir !== undefined && { templateDir: resolve(flags.templateDir) }),
        },
        { onProgress: (p) => sink.update(p), log: (m) => sink.note(m) },
      );
    } finally {
      sink.stop();
    }
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
