import { chmod, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSources } from '../../../src/dataset/sources/index.js';
import { isSemtraceError } from '../../../src/errors.js';
import { repoRoot } from '../../support/paths.js';
import { collect } from './collect.js';

const runningAsRoot = process.getuid?.() === 0;

describe('bad files in a folder are reported and skipped', () => {
  let root: string;
  beforeAll(async () => {
    root = join(await mkdtemp(join(tmpdir(), 'semtrace-sources-')), 'mixed');
    await mkdir(join(root, 'sub'), { recursive: true });
    await writeFile(join(root, 'a_good.py'), 'print(1)\n');
    // "print('café')" saved as Latin-1: é is the single byte 0xE9.
    await writeFile(join(root, 'b_latin1.py'), Buffer.from("print('caf\xe9')\n", 'latin1'));
    await writeFile(join(root, 'c_bad_input.py'), 'print(input())\n');
    await writeFile(join(root, 'c_bad_input.in'), Buffer.from([0xff, 0xfe, 0x41]));
    await writeFile(join(root, 'd_no_calls.py'), 'def f():\n    return 1\n');
    await writeFile(join(root, 'd_no_calls.calls'), '# nothing to call yet\n\n');
    await writeFile(join(root, 'sub', 'e_locked.py'), 'print(2)\n');
    await chmod(join(root, 'sub', 'e_locked.py'), 0o000);
    await writeFile(join(root, 'sub', 'f_good.py'), '\ufeffprint(3)\n');
    await mkdir(join(root, '.venv'));
    await writeFile(join(root, '.venv', 'tool.py'), 'print(4)\n');
    await writeFile(join(root, '.hidden.py'), 'print(5)\n');
    await writeFile(join(root, 'locked.jsonl'), '{"code": "print(6)"}\n');
    await chmod(join(root, 'locked.jsonl'), 0o000);
  });
  afterAll(async () => {
    await chmod(join(root, 'sub', 'e_locked.py'), 0o644);
    await chmod(join(root, 'locked.jsonl'), 0o644);
    await rm(join(root, '..'), { recursive: true, force: true });
  });

  it('skips a program that is not UTF-8, or whose input is not, with a not_utf8 problem', async () => {
    const { problems } = await collect([root]);
    expect(problems).toContainEqual({
      path: join(root, 'b_latin1.py'),
      reason: 'not_utf8',
      message: expect.stringContaining('is not valid UTF-8'),
    });
    expect(problems).toContainEqual(
      expect.objectContaining({ path: join(root, 'c_bad_input.in'), reason: 'not_utf8' }),
    );
  });

  it('skips a calls file without calls', async () => {
    const { problems } = await collect([root]);
    expect(problems).toContainEqual({
      path: join(root, 'd_no_calls.calls'),
      reason: 'bad_record',
      message: expect.stringContaining('has no call expressions'),
    });
  });

  it.skipIf(runningAsRoot)('skips a file it may not read with an unreadable problem', async () => {
    const { problems } = await collect([root]);
    expect(problems).toContainEqual({
      path: join(root, 'sub', 'e_locked.py'),
      reason: 'unreadable',
      message: expect.stringContaining('EACCES'),
    });
  });

  it.skipIf(runningAsRoot)(
    'reports a JSONL file it may not read as unreadable and reads the next source',
    async () => {
      const { programs, problems } = await collect([join(root, 'locked.jsonl'), join(root, 'a_good.py')]);
      expect(problems).toEqual([
        {
          path: join(root, 'locked.jsonl'),
          reason: 'unreadable',
          message: expect.stringContaining('EACCES'),
        },
      ]);
      expect(programs.map((program) => program.sourceId)).toEqual(['mixed/a_good']);
    },
  );

  it('keeps reading after every problem; hidden entries are skipped; a byte order mark is dropped', async () => {
    const { programs } = await collect([root]);
    const ids = programs.map((program) => program.sourceId);
    // Root reads the locked file anyway.
    const locked = runningAsRoot ? ['mixed/sub/e_locked'] : [];
    expect(ids).toEqual(['mixed/a_good', ...locked, 'mixed/sub/f_good']);
    expect(programs.at(-1)!.code).toBe('print(3)\n');
  });
});

describe('paths the user names', () => {
  const corpus = join(repoRoot, 'test/fixtures/sources/corpus');

  it('throws SEMTRACE_FILE_NOT_FOUND for a path that does not exist, before yielding anything', async () => {
    const read = async () => {
      for await (const _ of readSources([corpus, join(corpus, 'no-such-folder')])) {
        throw new Error('yielded a program before checking every path');
      }
    };
    await expect(read()).rejects.toSatisfy(
      (error) =>
        isSemtraceError(error) &&
        error.code === 'SEMTRACE_FILE_NOT_FOUND' &&
        /does not exist/.test(error.message),
    );
  });

  it('throws SEMTRACE_BAD_OPTION for a file that is no kind of source', async () => {
    const read = async () => {
      for await (const _ of readSources([join(corpus, 'notes.txt')])) break;
    };
    await expect(read()).rejects.toSatisfy(
      (error) => isSemtraceError(error) && error.code === 'SEMTRACE_BAD_OPTION',
    );
  });

  it('reports a source given twice as duplicates instead of yielding its programs again', async () => {
    const { programs, problems } = await collect([corpus, corpus]);
    const once = await collect([corpus]);
    expect(programs).toEqual(once.programs);
    const duplicates = problems.filter((problem) => problem.message.includes('already read'));
    expect(duplicates).toHaveLength(once.programs.length);
  });
});
