/**
 * The programs of a benchmark to decontaminate against: a JSONL file whose records have `code`
 * (CRUXEval's format, or any other), or a folder / file of `.py` programs. Only the code matters here,
 * so a JSONL record is used whatever its other fields say; a record without string `code`, or a line
 * that is not JSON or not UTF-8, is reported and skipped.
 */
import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { SemtraceError } from '../../errors.js';
import { readSources } from '../sources/index.js';
import { type ByteLine, readByteLines } from '../sources/jsonl-lines.js';
import { decodeUtf8, describe } from '../sources/utf8.js';
import type { SourceProblem } from '../types.js';

export interface BenchmarkProgram {
  /** `<file stem>:<id or line>` for JSONL, the source id (`<folder>/<path>`) for Python files. */
  name: string;
  code: string;
}

type Report = (problem: SourceProblem) => void;

export async function* readBenchmarkPrograms(path: string, report: Report): AsyncGenerator<BenchmarkProgram> {
  const info = await stat(path).catch(() => null);
  if (!info) {
    throw new SemtraceError(
      'SEMTRACE_FILE_NOT_FOUND',
      `benchmark ${path} does not exist; give a JSONL file with a "code" field (e.g. cruxeval.jsonl) or a folder of .py files`,
    );
  }
  if (info.isDirectory() || path.endsWith('.py')) {
    for await (const program of readSources([path], { onProblem: report })) {
      yield { name: program.sourceId, code: program.code };
    }
    return;
  }
  if (!path.endsWith('.jsonl') && !path.endsWith('.jsonl.gz')) {
    throw new SemtraceError(
      'SEMTRACE_BAD_OPTION',
      `benchmark ${path} is not a .jsonl / .jsonl.gz file or a folder of .py files; convert it to JSONL with a "code" field`,
    );
  }
  yield* readCodeRecords(path, report);
}

async function* readCodeRecords(file: string, report: Report): AsyncGenerator<BenchmarkProgram> {
  const stem = basename(file).replace(/\.jsonl(\.gz)?$/, '');
  const lines = readByteLines(file);
  for (;;) {
    let next: IteratorResult<ByteLine>;
    try {
      next = await lines.next();
    } catch (error) {
      report({
        path: file,
        reason: 'unreadable',
        message: `cannot read benchmark ${file}: ${describe(error)}`,
      });
      return;
    }
    if (next.done) return;
    const { line, bytes } = next.value;
    const text = decodeUtf8(bytes);
    if (text === null) {
      report({
        path: file,
        line,
        reason: 'not_utf8',
        message: `${file}:${line}: the line is not valid UTF-8`,
      });
      continue;
    }
    if (text.trim() === '') continue;
    let record: { code?: unknown; id?: unknown } | null = null;
    try {
      record = JSON.parse(text);
    } catch {
      report({ path: file, line, reason: 'bad_json', message: `${file}:${line}: not a JSON object` });
      continue;
    }
    if (typeof record?.code !== 'string') {
      report({ path: file, line, reason: 'bad_record', message: `${file}:${line}: no string "code" field` });
      continue;
    }
    const id = typeof record.id === 'string' || typeof record.id === 'number' ? record.id : line;
    yield { name: `${stem}:${id}`, code: record.code };
  }
}
