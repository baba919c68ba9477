import type { Command } from 'commander';
import { readTextFileOrThrow as readTextFile } from '../../common/text-file.js';
import { SemtraceError } from '../../errors.js';
import { listOperators, type Mutant, mutateProgram, type OperatorInfo } from '../../mutate/program/index.js';

interface MutateFlags {
  operators?: string;
  max?: string;
  seed?: string;
  order?: string;
  json?: boolean;
  listOperators?: boolean;
}

/** `semtrace mutate`: a thin shell over mutateProgram / listOperators. */
export function registerMutate(program: Command): void {
  program
    .command('mutate')
    .description('Make line-preserving, always-parsing mutants of a Python program.')
    .argument('[file]', 'Python source file to mutate')
    .option('--operators <names>', 'comma-separated operator names, e.g. AOR,ROR (default: all)')
    .option('--max <n>', 'keep at most n mutants, sampled with --seed')
    .option('--seed <s>', 'seed for sampling (default 0)')
    .option('--order <k>', 'combine k non-overlapping edits per mutant (default 1)')
    .option('--json', 'print one JSON object per line, with the full mutated source')
    .option('--list-operators', 'print every operator with a description and an example')
    .action(async (file: string | undefined, flags: MutateFlags) => {
      if (flags.listOperators) {
        process.stdout.write(operatorTable(listOperators()));
        return;
      }
      if (file === undefined) {
        throw new SemtraceError(
          'SEMTRACE_BAD_REQUEST',
          'name a Python file to mutate, or pass --list-operators',
        );
      }
      const mutants = await mutateProgram(readTextFile(file), {
        ...(flags.operators !== undefined && {
          operators: flags.operators.split(',').filter((name) => name !== ''),
        }),
        ...(flags.max !== undefined && { max: integerFlag('--max', flags.max) }),
        ...(flags.seed !== undefined && { seed: integerFlag('--seed', flags.seed) }),
        ...(flags.order !== undefined && { order: integerFlag('--order', flags.order) }),
      });
      process.stdout.write(flags.json ? jsonLines(mutants) : readableList(mutants));
    });
}

function integerFlag(flag: string, value: string): number {
  const parsed = Number(value);
  if (!Number.isSafeInteger(parsed)) {
    throw new SemtraceError('SEMTRACE_BAD_REQUEST', `${flag} takes an integer, got '${value}'`);
  }
  return parsed;
}

function jsonLines(mutants: readonly Mutant[]): string {
  return mutants.map((mutant) => `${JSON.stringify(mutant)}\n`).join('');
}

function readableList(mutants: readonly Mutant[]): string {
  const lines = mutants.map((mutant) => {
    const edits = mutant.edits
      .map(
        (edit) =>
          `${edit.line}:${edit.column} ${JSON.stringify(edit.original)} → ${JSON.stringify(edit.replacement)}`,
      )
      .join('; ');
    return `${mutant.id}  ${mutant.operator.padEnd(5)} ${edits}`;
  });
  lines.push(`${mutants.length} mutant${mutants.length === 1 ? '' : 's'}`);
  return `${lines.join('\n')}\n`;
}

/** One row per operator; the example is the line its mutant changes, before → after. */
function operatorTable(operators: readonly OperatorInfo[]): string {
  const rows = operators.map((operator) => [
    operator.name,
    operator.description,
    changedLine(operator.example),
  ]);
  const nameWidth = Math.max(4, ...rows.map((row) => row[0]?.length ?? 0));
  const header = `${'NAME'.padEnd(nameWidth)}  DESCRIPTION\n${' '.repeat(nameWidth)}  EXAMPLE`;
  const body = rows.map(([name, description, example]) => {
    const indent = ' '.repeat(nameWidth + 2);
    return `${(name ?? '').padEnd(nameWidth)}  ${description}\n${indent}${example}`;
  });
  return `${[header, ...body].join('\n\n')}\n`;
}

function changedLine(example: OperatorInfo['example']): string {
  const before = example.before.split('\n');
  const after = example.after.split('\n');
  const at = before.findIndex((line, i) => line !== after[i]);
  return `${(before[at] ?? '').trim()}  →  ${(after[at] ?? '').trim()}`;
}
