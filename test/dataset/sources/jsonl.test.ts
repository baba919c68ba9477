import { copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../../support/paths.js';
import { collect } from './collect.js';

const records = join(repoRoot, 'test/fixtures/sources/records.jsonl');

describe('a JSONL corpus', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'semtrace-jsonl-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('reads stdin, stdins, call, calls, CRUXEval and plain-input records into programs', async () => {
    const { programs } = await collect([records]);
    expect(programs.map((program) => [program.sourceId, program.mode, program.inputs])).toEqual([
      ['records:add', 'script', [{ stdin: '2 3\n' }]],
      ['records:2', 'script', [{ stdin: 'abc\n' }, { stdin: 'xy\n' }]],
      ['records:7', 'call', [{ call: 'f(1)' }, { call: 'f(-1)' }]],
      ['records:sample_9', 'call', [{ call: "f('abc')" }]],
      ['records:plain', 'script', [{ stdin: 'hello\n' }]],
      ['records:noinput', 'script', [{ stdin: '' }]],
      ['records:mixed', 'call', [{ call: 'g(3)' }]],
    ]);
    expect(programs[0]).toMatchObject({ level: 'tutorial', origin: { path: records, line: 1 } });
    expect(programs[3]!.origin.line).toBe(5);
  });

  it('reports every bad line with its reason and 1-based line, and goes on reading', async () => {
    const { problems } = await collect([records]);
    expect(problems.map((problem) => [problem.line, problem.reason])).toEqual([
      [6, 'bad_json'],
      [7, 'bad_record'],
      [8, 'bad_record'],
      [9, 'bad_record'],
      [10, 'empty'],
      [11, 'bad_record'],
      [14, 'bad_record'],
      [15, 'bad_record'],
      [16, 'bad_record'],
      [17, 'bad_record'],
    ]);
    const messages = problems.map((problem) => problem.message);
    expect(messages[2]).toContain('"code" field is missing');
    expect(messages[3]).toContain('"stdin" field must be a string');
    expect(messages[5]).toContain('single-line, tutorial, contest');
    expect(messages[7]).toContain('defines no function f');
    expect(messages[8]).toContain('already read');
    expect(messages.every((message) => message.startsWith(`${records}:`))).toBe(true);
    expect(problems.every((problem) => problem.path === records)).toBe(true);
  });

  it('reads a gzip-compressed copy to the same programs', async () => {
    const gz = join(dir, 'records.jsonl.gz');
    await writeFile(gz, gzipSync(await readFile(records)));
    const plain = await collect([records]);
    const zipped = await collect([gz]);
    expect(zipped.programs.map(({ origin: _, ...rest }) => rest)).toEqual(
      plain.programs.map(({ origin: _, ...rest }) => rest),
    );
    expect(zipped.problems).toHaveLength(plain.problems.length);
  });

  it('skips a line that is not UTF-8 and keeps the lines around it; CRLF line ends are fine', async () => {
    const file = join(dir, 'mixed.jsonl');
    const good = (id: string) => Buffer.from(`{"id": "${id}", "code": "print('é')"}\r\n`);
    const latin1 = Buffer.from('{"id": "bad", "code": "print(\'', 'utf8');
    await writeFile(
      file,
      Buffer.concat([good('a'), latin1, Buffer.from([0xe9]), Buffer.from('\')"}\n'), good('b')]),
    );
    const { programs, problems } = await collect([file]);
    expect(programs.map((program) => [program.sourceId, program.code])).toEqual([
      ['mixed:a', "print('é')"],
      ['mixed:b', "print('é')"],
    ]);
    expect(problems).toEqual([
      { path: file, line: 2, reason: 'not_utf8', message: `${file}:2: the line is not valid UTF-8` },
    ]);
  });

  it('reports a corrupt gzip file as unreadable, keeping the sources after it', async () => {
    const broken = join(dir, 'broken.jsonl.gz');
    const zipped = gzipSync(await readFile(records));
    await writeFile(broken, zipped.subarray(0, zipped.length - 30));
    const copy = join(dir, 'after.jsonl');
    await copyFile(records, copy);
    const { programs, problems } = await collect([broken, copy]);
    expect(problems.some((problem) => problem.path === broken && problem.reason === 'unreadable')).toBe(true);
    expect(programs.filter((program) => program.sourceId.startsWith('after:'))).toHaveLength(7);
  });
});
