import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../../src/dataset/build/build.js';
import type { Sample } from '../../../src/dataset/types.js';

describe('semtrace build with bad sources', () => {
  it('counts and lists every bad record by reason and builds from the rest', async () => {
    const root = mkdtempSync(join(tmpdir(), 'semtrace-bad-sources-'));
    const folder = join(root, 'progs');
    mkdirSync(folder);
    writeFileSync(join(folder, 'good.py'), 'n = int(input())\nprint(n * 2)\n');
    writeFileSync(join(folder, 'good.in'), '21\n');
    writeFileSync(join(folder, 'broken.py'), 'def f(:\n    return 1\n');
    writeFileSync(
      join(folder, 'latin1.py'),
      Buffer.from([0x70, 0x72, 0x69, 0x6e, 0x74, 0x28, 0x27, 0xe9, 0x27, 0x29, 0x0a]),
    );
    const jsonl = join(root, 'tasks.jsonl');
    writeFileSync(
      jsonl,
      [
        JSON.stringify({ id: 'double', code: 'def f(x):\n    return x * 2\n', call: 'f(4)' }),
        '{"id": "cut", "code": "def f(',
        JSON.stringify({ id: 'nocode', call: 'f(1)' }),
        JSON.stringify({ id: 'raises', code: 'def f(x):\n    return 1 // x\n', call: 'f(0)' }),
      ].join('\n'),
    );
    const out = join(root, 'out');
    const { manifest } = await buildDataset({
      sources: [folder, jsonl],
      out,
      backend: 'native',
      workers: 1,
      mutantsPerProgram: 0,
      inputsPerProgram: 0,
    });
    expect(manifest.counts.sourceProblems).toEqual({
      bad_json: 1,
      bad_record: 1,
      not_utf8: 1,
      syntax_error: 1,
    });
    const listed = manifest.sourceProblems.map((problem) => [problem.reason, problem.line ?? null]);
    expect(listed).toEqual(
      expect.arrayContaining([
        ['syntax_error', null],
        ['not_utf8', null],
        ['bad_json', 2],
        ['bad_record', 3],
      ]),
    );
    for (const problem of manifest.sourceProblems) expect(problem.message.length).toBeGreaterThan(10);
    // The program the parser rejects was read (and counted) before it was reported.
    expect(manifest.counts.sourcePrograms).toBe(4);
    expect(manifest.counts.stages.written).toBe(3);
    const samples = manifest.shards
      .filter((shard) => shard.format === 'jsonl')
      .flatMap((shard) =>
        readFileSync(join(out, shard.path), 'utf8')
          .split('\n')
          .filter(Boolean)
          .map((line) => JSON.parse(line) as Sample),
      );
    const byId = new Map(samples.map((sample) => [sample.sourceId, sample]));
    expect(byId.get('progs/good')?.output.stdout).toBe('42\n');
    expect(byId.get('tasks:double')?.output.returnRepr).toBe('8');
    expect(byId.get('tasks:raises')?.status).toBe('error');
    expect(byId.get('tasks:raises')?.output.exception?.type).toBe('ZeroDivisionError');
  }, 120_000);
});
