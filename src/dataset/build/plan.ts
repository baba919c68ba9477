/**
 * Planning (pure apart from the parser): which runs one source program turns into. Every input (the
 * source's own and those made by input mutation) runs on the original program and on each sampled mutant.
 */
import { createHash } from 'node:crypto';
import type { EntryMode } from '../../engine/types.js';
import { isSemtraceError } from '../../errors.js';
import type { Mutant } from '../../mutate/program/index.js';
import { mutateProgram } from '../../mutate/program/index.js';
import type { SourceProgram } from '../sources/index.js';
import type { Level, SampleInput, SourceProblem } from '../types.js';
import type { BuildConfig } from './config.js';
import { mutateSampleInput } from './inputs.js';

export interface WorkItem {
  sourceId: string;
  sourceLevel: Level | undefined;
  code: string;
  mode: EntryMode;
  input: SampleInput;
  inputOrigin: 'source' | 'mutated';
  mutant: Mutant | null;
  originalCode: string;
  /** The unmutated run with the same input (null for that run itself): mutants are compared with it. */
  original: WorkItem | null;
  /** Normalised program + input: two items with the same key are the same sample. */
  key: string;
}

export type ProgramPlan = { items: WorkItem[] } | { problem: SourceProblem };

export async function planProgram(source: SourceProgram, config: BuildConfig): Promise<ProgramPlan> {
  const seed = derivedSeed(config.seed, source.sourceId);
  let mutants: Mutant[] = [];
  try {
    // Parsed even when no mutants are wanted: a program the parser rejects is reported as a source problem.
    mutants = await mutateProgram(source.code, {
      max: config.mutantsPerProgram,
      seed,
      order: config.mutationOrder,
      ...(config.operators ? { operators: config.operators } : {}),
    });
  } catch (error) {
    if (isSemtraceError(error) && error.code === 'SEMTRACE_PARSE_ERROR') {
      return {
        problem: {
          path: source.origin.path,
          ...lineOf(source),
          reason: 'syntax_error',
          message: error.message,
        },
      };
    }
    throw error;
  }
  const inputs: { input: SampleInput; origin: 'source' | 'mutated' }[] = [];
  source.inputs.forEach((input, i) => {
    inputs.push({ input, origin: 'source' });
    for (const mutated of mutateSampleInput(input, config.inputsPerProgram, seed + i)) {
      inputs.push({ input: mutated, origin: 'mutated' });
    }
  });
  const items: WorkItem[] = [];
  for (const { input, origin } of inputs) {
    const original = item(source, source.code, input, origin, null, null);
    items.push(original);
    for (const mutant of mutants) items.push(item(source, mutant.source, input, origin, mutant, original));
  }
  return { items };
}

function item(
  source: SourceProgram,
  code: string,
  input: SampleInput,
  inputOrigin: 'source' | 'mutated',
  mutant: Mutant | null,
  original: WorkItem | null,
): WorkItem {
  return {
    sourceId: source.sourceId,
    sourceLevel: source.level,
    code,
    mode: source.mode,
    input,
    inputOrigin,
    mutant,
    originalCode: source.code,
    original,
    key: dedupeKey(code, source.mode, input),
  };
}

function lineOf(source: SourceProgram): { line?: number } {
  return source.origin.line === undefined ? {} : { line: source.origin.line };
}

/**
 * Programs that differ only in line endings, trailing spaces or blank lines are the same program.
 * (Indentation and everything inside lines is kept: in Python both can change what a program does.)
 */
export function normalizeProgram(code: string): string {
  return code
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.trimEnd())
    .filter((line) => line.length > 0)
    .join('\n');
}

export function dedupeKey(code: string, mode: EntryMode, input: SampleInput): string {
  return createHash('sha256')
    .update(JSON.stringify([normalizeProgram(code), mode, input.call ?? null, input.stdin ?? null]))
    .digest('hex')
    .slice(0, 32);
}

/** A per-program seed, so adding a program to a corpus does not change what the others get. */
export function derivedSeed(seed: number, sourceId: string): number {
  return createHash('sha256').update(`${seed}\0${sourceId}`).digest().readUInt32BE(0);
}
