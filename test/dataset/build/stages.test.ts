import { describe, expect, it } from 'vitest';
import { levelFor, measureDifficulty } from '../../../src/dataset/build/curriculum.js';
import { mutateSampleInput } from '../../../src/dataset/build/inputs.js';
import { dedupeKey, normalizeProgram } from '../../../src/dataset/build/plan.js';
import { assignSplit } from '../../../src/dataset/build/split.js';

const ratios = { train: 0.8, dev: 0.1, test: 0.1 };

describe('assignSplit', () => {
  it('is deterministic per (seed, source) and follows the ratios', () => {
    const counts = { train: 0, dev: 0, test: 0 };
    for (let i = 0; i < 10_000; i++) {
      const split = assignSplit(`corpus/p${i}`, 0, ratios);
      expect(assignSplit(`corpus/p${i}`, 0, ratios)).toBe(split);
      counts[split] += 1;
    }
    expect(counts.train / 10_000).toBeCloseTo(0.8, 1);
    expect(counts.dev / 10_000).toBeCloseTo(0.1, 1);
    expect(counts.test / 10_000).toBeCloseTo(0.1, 1);
  });

  it('changes with the seed and honours a zero ratio', () => {
    const ids = Array.from({ length: 200 }, (_, i) => `p${i}`);
    const a = ids.map((id) => assignSplit(id, 0, ratios));
    const b = ids.map((id) => assignSplit(id, 1, ratios));
    expect(a).not.toEqual(b);
    expect(ids.every((id) => assignSplit(id, 3, { train: 1, dev: 0, test: 0 }) === 'train')).toBe(true);
  });
});

describe('curriculum level', () => {
  it('calls straight-line code single-line', () => {
    const code = 'x = 3\ny = x * 2\ns = "ab" * y\nprint(s[1:4])\n';
    expect(levelFor(measureDifficulty(code, 5, 0))).toBe('single-line');
  });

  it('calls a function with one loop tutorial', () => {
    const code = 'def total(xs):\n    s = 0\n    for x in xs:\n        s += x\n    return s\n';
    const difficulty = measureDifficulty(code, 12, 0);
    expect(difficulty).toMatchObject({ loopDepth: 1, definitions: 1, statements: 5 });
    expect(levelFor(difficulty)).toBe('tutorial');
  });

  it('calls nested loops or long runs contest', () => {
    const nested = 'n = int(input())\nfor i in range(n):\n    for j in range(i):\n        print(i, j)\n';
    expect(measureDifficulty(nested, 30, 0).loopDepth).toBe(2);
    expect(levelFor(measureDifficulty(nested, 30, 0))).toBe('contest');
    const loop = 'def f(n):\n    while n > 1:\n        n -= 1\n    return n\n';
    expect(levelFor(measureDifficulty(loop, 800, 0))).toBe('contest');
  });

  it('closes a loop when the indentation returns', () => {
    const code = 'for a in range(2):\n    pass\nfor b in range(2):\n    pass\n';
    expect(measureDifficulty(code, 10, 0).loopDepth).toBe(1);
  });
});

describe('input mutation for samples', () => {
  it('mutates the literal arguments of a call and keeps the function', () => {
    const mutated = mutateSampleInput({ call: "count_vowels('banana', [1, 2])" }, 3, 7);
    expect(mutated.length).toBeGreaterThan(0);
    for (const input of mutated) {
      expect(input.call).toMatch(/^count_vowels\(.*\)$/);
      expect(input.call).not.toBe("count_vowels('banana', [1, 2])");
    }
    expect(mutateSampleInput({ call: "count_vowels('banana', [1, 2])" }, 3, 7)).toEqual(mutated);
  });

  it('mutates integers in stdin and keeps every other byte', () => {
    const stdin = '3\n10 20 x30\nabc -4\n';
    const mutated = mutateSampleInput({ stdin }, 2, 1);
    expect(mutated.length).toBe(2);
    for (const input of mutated) {
      const text = input.stdin as string;
      expect(text).not.toBe(stdin);
      expect(text.replace(/-?\d+/g, 'N')).toBe(stdin.replace(/-?\d+/g, 'N'));
      expect(text).toContain('x30');
    }
  });

  it('gives nothing to mutate for arguments that are not literals, or stdin without numbers', () => {
    expect(mutateSampleInput({ call: 'f(xs)' }, 3, 0)).toEqual([]);
    expect(mutateSampleInput({ stdin: 'hello\n' }, 3, 0)).toEqual([]);
  });
});

describe('dedupe key', () => {
  it('ignores line endings, trailing spaces and blank lines but not indentation', () => {
    expect(normalizeProgram('x = 1  \r\n\r\nprint(x)\r\n')).toBe('x = 1\nprint(x)');
    const a = dedupeKey('if a:\n    x()\ny()\n', 'script', { stdin: '' });
    expect(dedupeKey('if a:\n    x()\n\ny()   \n', 'script', { stdin: '' })).toBe(a);
    expect(dedupeKey('if a:\n    x()\n    y()\n', 'script', { stdin: '' })).not.toBe(a);
    expect(dedupeKey('if a:\n    x()\ny()\n', 'script', { stdin: '1' })).not.toBe(a);
  });
});
