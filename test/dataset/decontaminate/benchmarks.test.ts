import { readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDecontaminator } from '../../../src/dataset/decontaminate/index.js';
import type { SourceProblem } from '../../../src/dataset/types.js';
import { isSemtraceError } from '../../../src/errors.js';
import { repoRoot } from '../../support/paths.js';

const unrelated = join(repoRoot, 'test/fixtures/sources/unrelated');
const sieve = readFileSync(join(unrelated, 'sieve.py'), 'utf8');
const matrix = readFileSync(join(unrelated, 'matrix.py'), 'utf8');

const failsWith = (code: string) => (error: unknown) => isSemtraceError(error) && error.code === code;

describe('benchmarks in other shapes', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'semtrace-bench-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('reads a folder of .py files, naming matches by their path in it', async () => {
    const decontaminator = await loadDecontaminator(unrelated);
    expect(decontaminator.programs).toBe(5);
    expect(decontaminator.check(sieve)).toEqual({
      contaminated: true,
      similarity: 1,
      match: 'unrelated/sieve',
    });
    const other = decontaminator.check('print(sum(range(10)))\n');
    expect(other.contaminated).toBe(false);
  });

  it('reads any JSONL with a code field (gzip too), reporting and skipping lines without one', async () => {
    const lines = [
      JSON.stringify({ code: sieve, task: 'anything else is ignored' }),
      '{broken',
      JSON.stringify({ id: 'mm', code: matrix, input: 'not CRUXEval, still fine' }),
      JSON.stringify({ source: 'no code here' }),
    ];
    const file = join(dir, 'bench.jsonl.gz');
    await writeFile(file, gzipSync(`${lines.join('\n')}\n`));
    const problems: SourceProblem[] = [];
    const decontaminator = await loadDecontaminator(file, { onProblem: (problem) => problems.push(problem) });
    expect(decontaminator.programs).toBe(2);
    expect(decontaminator.check(sieve).match).toBe('bench:1');
    expect(decontaminator.check(matrix).match).toBe('bench:mm');
    expect(problems.map((problem) => [problem.line, problem.reason])).toEqual([
      [2, 'bad_json'],
      [4, 'bad_record'],
    ]);
  });

  it('uses the threshold it is given: a half-copied program counts only under a low threshold', async () => {
    const file = join(dir, 'sieve.jsonl');
    await writeFile(file, `${JSON.stringify({ code: sieve })}\n`);
    const halfCopy = `${sieve.split('\n').slice(0, 5).join('\n')}\nprint(sorted(set("an entirely new ending")), [n ** 3 for n in range(9)])\n`;
    const strict = await loadDecontaminator(file);
    const loose = await loadDecontaminator(file, { threshold: 0.3 });
    const similarity = strict.check(halfCopy).similarity;
    expect(similarity).toBeGreaterThan(0.3);
    expect(similarity).toBeLessThan(0.8);
    expect(strict.check(halfCopy).contaminated).toBe(false);
    expect(loose.check(halfCopy).contaminated).toBe(true);
  });

  it('scores code without tokens (empty, comments only) as clean with no match', async () => {
    const decontaminator = await loadDecontaminator(unrelated);
    expect(decontaminator.check('# only a comment\n\n')).toEqual({
      contaminated: false,
      similarity: 0,
      match: null,
    });
  });

  it('rejects a missing benchmark, an empty one and bad options with codes that say why', async () => {
    await expect(loadDecontaminator(join(dir, 'missing.jsonl'))).rejects.toSatisfy(
      failsWith('SEMTRACE_FILE_NOT_FOUND'),
    );
    const empty = join(dir, 'empty.jsonl');
    await writeFile(empty, '\n');
    await expect(loadDecontaminator(empty)).rejects.toSatisfy(failsWith('SEMTRACE_BAD_DATA'));
    const text = join(dir, 'bench.txt');
    await writeFile(text, 'x');
    await expect(loadDecontaminator(text)).rejects.toSatisfy(failsWith('SEMTRACE_BAD_OPTION'));
    await expect(loadDecontaminator(unrelated, { threshold: 1.5 })).rejects.toSatisfy(
      failsWith('SEMTRACE_BAD_OPTION'),
    );
    await expect(loadDecontaminator(unrelated, { threshold: 0 })).rejects.toSatisfy(
      failsWith('SEMTRACE_BAD_OPTION'),
    );
    await expect(loadDecontaminator(unrelated, { ngram: 2.5 })).rejects.toSatisfy(
      failsWith('SEMTRACE_BAD_OPTION'),
    );
  });
});
