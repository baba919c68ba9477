import {
  type PyValue,
  printValue,
  Rng,
  VALUE_MUTATORS,
  type ValueMutationContext,
  type ValueMutator,
} from '../../../../src/mutate/input/index.js';

export function mutatorNamed(name: string): ValueMutator {
  const mutator = VALUE_MUTATORS.find((m) => m.name === name);
  if (!mutator) throw new Error(`no mutator ${name}`);
  return mutator;
}

/** Runs one mutator over many seeds; child mutation bumps ints so recursion is visible. */
export function runMany(name: string, value: PyValue, seeds = 40, allowShapeChange = false): PyValue[] {
  const mutator = mutatorNamed(name);
  const out: PyValue[] = [];
  for (let seed = 0; seed < seeds; seed += 1) {
    const context: ValueMutationContext = {
      rng: new Rng(seed),
      allowShapeChange,
      mutateChild: (child) => (child.kind === 'int' ? { kind: 'int', value: child.value + 1n } : undefined),
    };
    const result = mutator.mutate(value, context);
    if (result !== undefined) out.push(result);
  }
  return out;
}

export const texts = (values: readonly PyValue[]): string[] => values.map((value) => printValue(value));
