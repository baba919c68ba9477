import { describe, expect, it } from 'vitest';
import {
  isSameShape,
  mutateInput,
  mutateInputDetailed,
  parseArgs,
  printArgs,
} from '../../../src/mutate/input/index.js';

const INPUT = "[1, 1, 3], 'abc', {'k': (1, 2.5)}, flag=True";

describe('mutateInput', () => {
  it('returns n distinct mutants, none equal to the original', () => {
    const mutants = mutateInput(INPUT, { n: 20, seed: 3 });
    expect(mutants).toHaveLength(20);
    expect(new Set(mutants).size).toBe(20);
    expect(mutants).not.toContain(printArgs(parseArgs(INPUT)));
  });

  it('is deterministic per seed and varies across seeds', () => {
    expect(mutateInput(INPUT, { n: 10, seed: 7 })).toEqual(mutateInput(INPUT, { n: 10, seed: 7 }));
    expect(mutateInput(INPUT, { n: 10, seed: 7 })).not.toEqual(mutateInput(INPUT, { n: 10, seed: 8 }));
  });

  it('keeps the arity, keywords and type shape', () => {
    const original = parseArgs(INPUT);
    for (const mutant of mutateInput(INPUT, { n: 30, seed: 1 })) {
      const args = parseArgs(mutant);
      expect(args.map((arg) => arg.name)).toEqual(original.map((arg) => arg.name));
      for (const [i, arg] of args.entries()) {
        expect(isSameShape(original[i]?.value ?? arg.value, arg.value)).toBe(true);
      }
    }
  });

  it('returns fewer when few mutants exist', () => {
    expect(mutateInput('True', { n: 5 })).toEqual(['False']);
    expect(mutateInput('None', { n: 5 })).toEqual([]);
    expect(mutateInput('', { n: 5 })).toEqual([]);
    expect(mutateInput('lambda x: x', { n: 5 })).toEqual([]);
  });

  it('changes types only when allowed', () => {
    const kinds = new Set(
      mutateInput('7', { n: 30, seed: 2, allowShapeChange: true }).map(
        (text) => parseArgs(text)[0]?.value.kind,
      ),
    );
    expect(kinds.size).toBeGreaterThan(1);
    expect(mutateInput('None', { n: 3, allowShapeChange: true }).length).toBeGreaterThan(0);
  });

  it('reports the operators behind each mutant', () => {
    for (const mutant of mutateInputDetailed(INPUT, { n: 5, seed: 1 })) {
      expect(mutant.operators.length).toBeGreaterThan(0);
      expect(printArgs(mutant.args)).toBe(mutant.input);
    }
  });

  it('treats sets that differ only in order as the same input', () => {
    const mutants = mutateInput('{1, 2, 3}', { n: 50, seed: 1 });
    const sorted = mutants.map((text) => [...text.slice(1, -1).split(', ')].sort().join(','));
    expect(new Set(sorted).size).toBe(mutants.length);
  });
});
