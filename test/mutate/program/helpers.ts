import { expect } from 'vitest';
import { listOperators, mutateProgram } from '../../../src/mutate/program/index.js';

/** The mutated programs one operator makes of `source`, in output order. */
export async function mutantSources(source: string, operator: string): Promise<string[]> {
  const mutants = await mutateProgram(source, { operators: [operator] });
  return mutants.map((mutant) => mutant.source);
}

/** Asserts the operator's documented example is exactly one of its mutants. */
export async function expectDocumentedExample(operator: string): Promise<void> {
  const info = listOperators().find((candidate) => candidate.name === operator);
  expect(info, `operator ${operator} is registered`).toBeDefined();
  if (!info) return;
  expect(await mutantSources(info.example.before, operator)).toContain(info.example.after);
}
