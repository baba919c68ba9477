/** `semtrace annotate`: forward and backward monologues, verified by execution and against the trace. */
import { type Command, Option } from 'commander';
import { ANNOTATE_DEFAULTS, runAnnotate } from '../../synth/annotate/run-annotate.js';
import type { DirectionSummary } from '../../synth/annotate/summarize.js';
import { summaryTable } from '../../synth/common/progress.js';
import { positiveInt } from '../option-parsers.js';
import {
  addPipelineOptions,
  type PipelineFlags,
  programsFile,
  runWithProgress,
  toPipelineConfig,
} from './pipeline-options.js';

interface AnnotateFlags extends PipelineFlags {
  programs?: string;
  attempts: number;
  require: 'answer' | 'answer+claims';
  inputsPerProgram: number;
  runTimeoutMs: number;
}

function percent(value: number | null): string {
  return value === null ? '-' : `${(value * 100).toFixed(1)} %`;
}

function rows(name: string, s: DirectionSummary): [string, string | number][] {
  return [
    [`${name} items`, s.items],
    [`${name} monologues asked`, s.monologues],
    [`${name} answer right`, percent(s.answerRate)],
    [`${name} no contradicted claim`, percent(s.claimsCleanRate)],
    [`${name} both`, percent(s.bothRate)],
    [`${name} kept`, `${s.accepted} (by attempt: ${JSON.stringify(s.acceptedAtAttempt)})`],
    [
      `${name} claims`,
      `${s.claims.found} found, ${s.claims.confirmed} confirmed, ${s.claims.contradicted} contradicted, ${s.claims.uncheckable} uncheckable`,
    ],
  ];
}

export function registerAnnotate(program: Command): void {
  const command = program
    .command('annotate')
    .description(
      'forward and backward monologues, each answer and claim checked by execution; see docs/annotate.md',
    )
    .option(
      '--programs <file>',
      'programs with calls: semtrace synth output, or JSONL with code + calls/tests',
    )
    .option(
      '--attempts <n>',
      'monologues asked per item and direction at most',
      positiveInt,
      ANNOTATE_DEFAULTS.attempts,
    )
    .addOption(
      new Option('--require <checks>', 'what a kept monologue must pass')
        .choices(['answer', 'answer+claims'])
        .default(ANNOTATE_DEFAULTS.require),
    )
    .option('--inputs-per-program <n>', 'annotate the first n inputs of each program', positiveInt, 1)
    .option('--run-timeout-ms <ms>', 'time limit of one program run', positiveInt, 3000);
  addPipelineOptions(command).action(async (flags: AnnotateFlags) => {
    const programs = programsFile(flags);
    const outcome = await runWithProgress('annotate', flags, (hooks) =>
      runAnnotate(
        {
          ...toPipelineConfig(flags),
          programs,
          attempts: flags.attempts,
          require: flags.require,
          inputsPerProgram: flags.inputsPerProgram,
          timeoutMs: flags.runTimeoutMs,
        },
        hooks,
      ),
    );
    const { manifest, paths } = outcome;
    process.stdout.write(
      `${flags.demo ? '[replay] ' : ''}${summaryTable('annotate summary', [
        ['programs', manifest.counts.programs],
        ['items', manifest.counts.items],
        ['failed requests', manifest.counts.failed],
        ...rows('forward', manifest.forward),
        ...rows('backward', manifest.backward),
        ['SemCoder rows', manifest.counts.semcoderRows],
        ['chat rows', manifest.counts.chatRows],
      ])}\nwrote ${paths.annotations}, ${paths.semcoder}, ${paths.chat} and ${paths.manifest}\n`,
    );
  });
}
