import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isSemtraceError } from '../../../src/errors.js';
import { listOperators, mutateProgram } from '../../../src/mutate/program/index.js';

const program = `def f(text, n):
    # keep this comment
    out = []
    for i in range(n):
        if text[i] != 'é' and i < 3:
            out.append(text[i] * 2)
    return out
`;

async function errorOf(action: () => Promise<unknown>): Promise<unknown> {
  try {
    await action();
  } catch (error) {
    return error;
  }
  throw new Error('expected the call to throw');
}

describe('mutateProgram', () => {
  it('reports UTF-8 byte offsets and byte columns for non-ASCII sources', async () => {
    const source = "s = 'é😀'; y = a + b\n";
    const [mutant] = await mutateProgram(source, { operators: ['AOR'] });
    expect(mutant).toMatchObject({ operator: 'AOR', line: 1, column: 20, original: '+', replacement: '-' });
    const bytes = Buffer.from(source, 'utf8');
    expect(bytes.subarray(mutant?.start, mutant?.end).toString('utf8')).toBe('+');
    expect(mutant?.source).toBe("s = 'é😀'; y = a - b\n");
  });

  it('gives ids that are the documented sha256 prefix', async () => {
    const source = 'x = 1\n';
    const [mutant] = await mutateProgram(source, { operators: ['CRP'] });
    const expected = createHash('sha256')
      .update(JSON.stringify([source, [4, 5, '2']]))
      .digest('hex')
      .slice(0, 16);
    expect(mutant?.id).toBe(expected);
    expect(mutant?.edits).toHaveLength(1);
  });

  it('keeps comments, and keeps every mutant on the same number of lines', async () => {
    const mutants = await mutateProgram(program);
    expect(mutants.length).toBeGreaterThan(15);
    for (const mutant of mutants) {
      expect(mutant.source.split('\n')).toHaveLength(program.split('\n').length);
      expect(mutant.source).toContain('# keep this comment');
    }
    expect(new Set(mutants.map((mutant) => mutant.source)).size).toBe(mutants.length);
  });

  it('samples deterministically from a seed, in document order', async () => {
    const all = await mutateProgram(program);
    const a = await mutateProgram(program, { max: 5, seed: 7 });
    const b = await mutateProgram(program, { max: 5, seed: 7 });
    const c = await mutateProgram(program, { max: 5, seed: 8 });
    expect(a.map((m) => m.id)).toEqual(b.map((m) => m.id));
    expect(a.map((m) => m.id)).not.toEqual(c.map((m) => m.id));
    const positions = a.map((m) => all.findIndex((other) => other.id === m.id));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((x, y) => x - y)).toEqual(positions);
  });

  it('combines non-overlapping edits into higher-order mutants', async () => {
    const mutants = await mutateProgram(program, { order: 2, max: 10, seed: 1 });
    expect(mutants).toHaveLength(10);
    for (const mutant of mutants) {
      expect(mutant.order).toBe(2);
      const [first, second] = mutant.edits;
      expect(first && second && first.end <= second.start && first.start < second.start).toBe(true);
      expect(mutant.operator).toBe(`${first?.operator}+${second?.operator}`);
      expect(mutant.source.split('\n')).toHaveLength(program.split('\n').length);
    }
    expect(new Set(mutants.map((m) => m.id)).size).toBe(10);
  });

  it('rejects unknown operators, naming the valid ones', async () => {
    const error = await errorOf(() => mutateProgram('x = 1\n', { operators: ['AOR', 'NOPE'] }));
    expect(isSemtraceError(error) && error.code).toBe('SEMTRACE_UNKNOWN_OPERATOR');
    expect(String(error)).toContain('NOPE');
    expect(String(error)).toContain('ROR');
  });

  it('rejects unparseable programs with the line and column of the first error', async () => {
    const error = await errorOf(() => mutateProgram('x = 1\ny = (2 +\n'));
    expect(isSemtraceError(error) && error.code).toBe('SEMTRACE_PARSE_ERROR');
    expect(String(error)).toMatch(/line 2, column \d+/);
  });

  it('lists every operator once with a description and an example', () => {
    const names = listOperators().map((operator) => operator.name);
    expect(new Set(names).size).toBe(names.length);
    for (const required of [
      'CRP',
      'AOD',
      'AOR',
      'ASR',
      'BCR',
      'COD',
      'COI',
      'LCR',
      'ROR',
      'SIR',
      'OIL',
      'RIL',
      'ZIL',
    ]) {
      expect(names).toContain(required);
    }
    for (const extra of ['NUM', 'STR', 'BOOL', 'IS', 'IN', 'BIT', 'ARG', 'RET'])
      expect(names).toContain(extra);
  });

  it('documents every operator, with its description, in docs/mutation.md', () => {
    const doc = readFileSync(new URL('../../../docs/mutation.md', import.meta.url), 'utf8');
    for (const operator of listOperators()) {
      expect(doc, operator.name).toContain(`| \`${operator.name}\``);
      expect(doc, operator.name).toContain(operator.description.replace(/\|/g, '\\|'));
    }
  });
});
