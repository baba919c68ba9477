import type { Command } from 'commander';
import { SemtraceError } from '../../errors.js';
import { type InputMutant, mutateInputDetailed } from '../../mutate/input/index.js';

interface MutateInputFlags {
  n?: string;
  seed?: string;
  allowShapeChange?: boolean;
  json?: boolean;
}

/** `semtrace mutate-input`: a thin shell over mutateInputDetailed. */
export function registerMutateInput(program: Command): void {
  program
    .command('mutate-input')
    .description('Make type-aware mutants of a Python argument list, as written inside f(...).')
    .argument('<args>', 'the arguments, e.g. "[1, 2], \'abc\', key=3"')
    .option('-n, --n <count>', 'how many distinct mutants at most (default 5)')
    .option('--seed <s>', 'seed; the same seed gives the same mutants (default 0)')
    .option('--allow-shape-change', 'also change types and record-tuple lengths (never the argument count)')
    .option('--json', 'one JSON object per line: {"index", "input", "seed", "operators"}')
    .action((args: string, flags: MutateInputFlags) => {
      const seed = flags.seed === undefined ? 0 : integerFlag('--seed', flags.seed);
      const n = flags.n === undefined ? 5 : integerFlag('--n', flags.n);
      if (n < 0) throw new SemtraceError('SEMTRACE_BAD_REQUEST', `--n must be 0 or more, got ${n}`);
      const mutants = mutateInputDetailed(args, {
        n,
        seed,
        allowShapeChange: flags.allowShapeChange ?? false,
      });
      process.stdout.write(
        flags.json ? jsonLines(mutants, seed) : mutants.map((m) => `${m.input}\n`).join(''),
      );
    });
}

function integerFlag(flag: string, value: string): number {
  const parsed = Number(value);
  if (value.trim() === '' || !Number.isSafeInteger(parsed)) {
    throw new SemtraceError('SEMTRACE_BAD_REQUEST', `${flag} takes an integer, got '${value}'`);
  }
  return parsed;
}

function jsonLines(mutants: readonly InputMutant[], seed: number): string {
  return mutants
    .map(
      (mutant, index) =>
        `${JSON.stringify({ index, input: mutant.input, seed, operators: mutant.operators })}\n`,
    )
    .join('');
}
