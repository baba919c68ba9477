import { describe, expect, it } from 'vitest';
import {
  containsExpr,
  isSameShape,
  mutateInput,
  parseArgs,
  parseValue,
  printArgs,
  printValue,
} from '../../../src/mutate/input/index.js';
import { loadCruxeval } from '../../support/cruxeval.js';

const items = loadCruxeval();

describe('CRUXEval corpus', () => {
  it('has 800 items', () => {
    expect(items).toHaveLength(800);
  });

  it('parses every input and prints it back to an equal value', () => {
    for (const item of items) {
      const args = parseArgs(item.input);
      expect(parseArgs(printArgs(args)), item.id).toEqual(args);
    }
  });

  it('parses every output and prints it back to an equal value', () => {
    for (const item of items) {
      const value = parseValue(item.output);
      expect(containsExpr(value), item.id).toBe(false);
      expect(parseValue(printValue(value)), item.id).toEqual(value);
    }
  });

  it('keeps non-literal inputs as opaque expressions only where Python needs evaluation', () => {
    const opaque = items.filter((item) => parseArgs(item.input).some((arg) => containsExpr(arg.value)));
    // e.g. `''.join(['A'] * 20)`, lambdas, `range(100, 120)`, a global name; dict(...) calls fold.
    expect(opaque.length).toBeLessThanOrEqual(8);
  });

  it('mutates every input into distinct, parseable, shape-preserving argument lists', () => {
    let total = 0;
    let full = 0;
    for (const item of items) {
      const original = parseArgs(item.input);
      const mutants = mutateInput(item.input, { n: 5, seed: 1 });
      expect(mutateInput(item.input, { n: 5, seed: 1 }), item.id).toEqual(mutants);
      expect(new Set(mutants).size, item.id).toBe(mutants.length);
      expect(mutants, item.id).not.toContain(printArgs(original));
      for (const mutant of mutants) {
        const args = parseArgs(mutant);
        expect(args.length, item.id).toBe(original.length);
        args.forEach((arg, i) => {
          const before = original[i];
          expect(
            before !== undefined && arg.name === before.name && isSameShape(before.value, arg.value),
          ).toBe(true);
        });
      }
      // All or nothing: only inputs made of empty containers, None or opaque expressions get none.
      expect([0, 5], item.id).toContain(mutants.length);
      total += mutants.length;
      if (mutants.length === 5) full += 1;
    }
    console.log(`mutants: ${total} for ${items.length} inputs; ${full} inputs got all 5`);
    // 27 inputs are `[]`, `{}`, `[], []`, empty, or a single opaque expression: nothing same-typed to make.
    expect(full).toBeGreaterThanOrEqual(773);
  });
});
