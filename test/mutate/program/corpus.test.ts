import { spawnSync } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
import { listOperators, type Mutant, mutateProgram } from '../../../src/mutate/program/index.js';
import { getPythonParser } from '../../../src/mutate/program/parser.js';
import { loadCruxeval } from '../../support/cruxeval.js';

const programs: string[] = loadCruxeval().map((item) => item.code);

const hasPython = spawnSync('python3', ['--version']).status === 0;

// CPython's own compiler, for the mutants tree-sitter accepts but CPython might not.
const compileAll = `
import json, sys
for line in sys.stdin:
    source = json.loads(line)
    try:
        compile(source, "<mutant>", "exec")
    except SyntaxError as error:
        print(json.dumps({"error": str(error), "source": source}))
`;

const lineCount = (text: string) => text.split('\n').length;

describe('mutants of the CRUXEval programs', () => {
  let firstRun: Mutant[][] = [];

  beforeAll(async () => {
    firstRun = [];
    for (const program of programs) firstRun.push(await mutateProgram(program));
  });

  it('reads all 800 programs and finds mutants of every operator the corpus has syntax for', () => {
    expect(programs).toHaveLength(800);
    const used = new Set(firstRun.flat().map((mutant) => mutant.operator));
    // No CRUXEval program uses a bitwise operator, so BIT has nothing to mutate there.
    const expected = listOperators().filter(({ name }) => name !== 'BIT');
    for (const { name } of expected) expect(used, name).toContain(name);
  });

  it('only makes programs that parse from scratch and keep their line count', async () => {
    const parser = await getPythonParser();
    for (const [i, program] of programs.entries()) {
      for (const mutant of firstRun[i] ?? []) {
        const tree = parser.parse(mutant.source);
        expect(tree?.rootNode.hasError, `${mutant.operator} ${mutant.id}\n${mutant.source}`).toBe(false);
        tree?.delete();
        expect(lineCount(mutant.source)).toBe(lineCount(program));
      }
    }
  });

  it('places every edit at its UTF-8 byte range, with no duplicate programs', () => {
    for (const [i, program] of programs.entries()) {
      const bytes = Buffer.from(program, 'utf8');
      const mutants = firstRun[i] ?? [];
      for (const mutant of mutants) {
        expect(bytes.subarray(mutant.start, mutant.end).toString('utf8')).toBe(mutant.original);
        const rebuilt = Buffer.concat([
          bytes.subarray(0, mutant.start),
          Buffer.from(mutant.replacement, 'utf8'),
          bytes.subarray(mutant.end),
        ]).toString('utf8');
        expect(rebuilt).toBe(mutant.source);
        expect(mutant.source).not.toBe(program);
      }
      expect(new Set(mutants.map((mutant) => mutant.source)).size).toBe(mutants.length);
    }
  });

  it('gives the same ids on a second run', async () => {
    for (const [i, program] of programs.entries()) {
      const again = await mutateProgram(program);
      expect(again.map((mutant) => mutant.id)).toEqual(firstRun[i]?.map((mutant) => mutant.id));
    }
  });

  it('samples the same mutants for the same seed', async () => {
    for (const program of programs.slice(0, 200)) {
      const a = await mutateProgram(program, { max: 3, seed: 42 });
      const b = await mutateProgram(program, { max: 3, seed: 42 });
      expect(a.map((mutant) => mutant.id)).toEqual(b.map((mutant) => mutant.id));
      expect(a.length).toBe(Math.min(3, (await mutateProgram(program)).length));
    }
  });

  it.skipIf(!hasPython)('only makes programs CPython compiles', () => {
    const input = `${firstRun
      .flat()
      .map((mutant) => JSON.stringify(mutant.source))
      .join('\n')}\n`;
    const result = spawnSync('python3', ['-c', compileAll], { input, encoding: 'utf8', maxBuffer: 64 << 20 });
    expect(result.status).toBe(0);
    expect(result.stdout).toBe('');
  });
});
