import { Rng } from '../../common/random.js';
import { VALUE_MUTATORS, type ValueMutationContext, type ValueMutator } from './mutators/index.js';
import { parseArgs } from './parser.js';
import { printArgs } from './printer.js';
import { isSameShape } from './shape.js';
import type { PyArgs, PyValue } from './value.js';

export interface MutateInputOptions {
  /** How many mutants to return at most (default 5). */
  readonly n?: number;
  /** PRNG seed; the same seed gives the same list, byte for byte (default 0). */
  readonly seed?: number;
  /** Also allow mutations that change types or record-tuple lengths (never the argument count). */
  readonly allowShapeChange?: boolean;
}

/** One mutated argument list, with the mutators that produced it (outermost first). */
export interface InputMutant {
  readonly input: string;
  readonly args: PyArgs;
  readonly operators: readonly string[];
}

const ATTEMPTS_PER_MUTANT = 30;

/** Applies one randomly chosen applicable mutator, trying others when the chosen one does not apply. */
function mutateValue(value: PyValue, context: ValueMutationContext, trail: string[]): PyValue | undefined {
  let candidates: ValueMutator[] = VALUE_MUTATORS.filter(
    (mutator) => mutator.kinds.includes(value.kind) && (context.allowShapeChange || !mutator.changesShape),
  );
  while (candidates.length > 0) {
    const mutator = context.rng.pickWeighted(candidates, (m) => m.weight ?? 1);
    const mark = trail.length;
    trail.push(mutator.name);
    const result = mutator.mutate(value, context);
    if (result !== undefined) return result;
    trail.length = mark;
    candidates = candidates.filter((m) => m !== mutator);
  }
  return undefined;
}

function sameShapeArgs(original: PyArgs, mutant: PyArgs): boolean {
  return original.every((arg, i) => {
    const other = mutant[i];
    return other !== undefined && other.name === arg.name && isSameShape(arg.value, other.value);
  });
}

/**
 * Up to `n` distinct mutants of an argument list, each different from the original. Distinctness is
 * judged on canonical text with set items sorted, since Python sets that differ only in order are
 * equal. Once single mutations stop producing new mutants, two are stacked.
 */
export function mutateArgs(args: PyArgs, options: MutateInputOptions = {}): InputMutant[] {
  const n = options.n ?? 5;
  const rng = new Rng(options.seed ?? 0);
  const allowShapeChange = options.allowShapeChange ?? false;
  const seen = new Set([printArgs(args, { sortSets: true })]);
  const out: InputMutant[] = [];
  const budget = n * ATTEMPTS_PER_MUTANT + 50;
  let trail: string[] = [];
  const context: ValueMutationContext = {
    rng,
    allowShapeChange,
    mutateChild: (value) => mutateValue(value, context, trail),
  };
  for (let attempt = 0; attempt < budget && out.length < n && args.length > 0; attempt += 1) {
    const depth = attempt < budget / 2 ? 1 : 2;
    let current = args;
    trail = [];
    for (let step = 0; step < depth; step += 1) {
      const at = rng.int(0, args.length - 1);
      const arg = current[at] as PyArgs[number];
      const value = mutateValue(arg.value, context, trail);
      if (value !== undefined) current = current.with(at, { name: arg.name, value });
    }
    if (current === args || (!allowShapeChange && !sameShapeArgs(args, current))) continue;
    const key = printArgs(current, { sortSets: true });
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ input: printArgs(current), args: current, operators: trail });
  }
  return out;
}

/** Parses, mutates and prints: up to `n` distinct mutated argument strings, deterministic per seed. */
export function mutateInput(args: string, options: MutateInputOptions = {}): string[] {
  return mutateArgs(parseArgs(args), options).map((mutant) => mutant.input);
}

/** Like mutateInput, with the operators behind each mutant. */
export function mutateInputDetailed(args: string, options: MutateInputOptions = {}): InputMutant[] {
  return mutateArgs(parseArgs(args), options);
}
