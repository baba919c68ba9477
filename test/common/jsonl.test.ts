import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { type LineProblem, readJsonLines, readTextLines } from '../../src/common/jsonl.js';
import { isSemtraceError } from '../../src/errors.js';

const dir = mkdtempSync(join(tmpdir(), 'semtrace-jsonl-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, content: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

async function collect<T>(lines: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const line of lines) out.push(line);
  return out;
}

describe('the JSONL reader', () => {
  it('reads plain and gzip files the same, numbering lines from 1 and skipping blank ones', async () => {
    const text = '{"a":1}\r\n\n{"a":2}\n';
    const plain = await collect(readJsonLines(file('p.jsonl', text)));
    const gzip = await collect(readJsonLines(file('p.jsonl.gz', gzipSync(text))));
    expect(plain).toEqual([
      { line: 1, value: { a: 1 } },
      { line: 3, value: { a: 2 } },
    ]);
    expect(gzip).toEqual(plain);
  });

  it('reports a bad line and goes on under a recording policy', async () => {
    const path = file(
      'bad.jsonl',
      Buffer.concat([Buffer.from('{"a":1}\n{oops\n'), Buffer.from([0xff, 0x0a]), Buffer.from('[3]')]),
    );
    const problems: LineProblem[] = [];
    const values = await collect(readJsonLines(path, { onProblem: (problem) => problems.push(problem) }));
    expect(values.map((line) => line.value)).toEqual([{ a: 1 }, [3]]);
    expect(problems.map((problem) => [problem.line, problem.reason])).toEqual([
      [2, 'bad_json'],
      [3, 'not_utf8'],
    ]);
  });

  it('throws a typed error naming the line, with the hint, without a policy', async () => {
    const path = file('throw.jsonl', '{"a":1}\n{oops\n');
    const error = await collect(readJsonLines(path, { hint: 'fix or remove the line' })).catch(
      (caught) => caught,
    );
    expect(isSemtraceError(error) && error.code).toBe('SEMTRACE_BAD_DATA');
    expect(String(error.message)).toMatch(/throw\.jsonl:2: not valid JSON .*; fix or remove the line$/);
  });

  it('reports an unreadable or corrupt file once and ends, or throws it as it is', async () => {
    const problems: LineProblem[] = [];
    const corrupt = file('corrupt.jsonl.gz', Buffer.from('not gzip at all'));
    expect(await collect(readTextLines(corrupt, { onProblem: (problem) => problems.push(problem) }))).toEqual(
      [],
    );
    expect(problems.map((problem) => problem.reason)).toEqual(['unreadable']);
    await expect(collect(readTextLines(join(dir, 'missing.jsonl')))).rejects.toMatchObject({
      code: 'ENOENT',
    });
  });
});
