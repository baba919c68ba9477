/**
 * The programs of a benchmark to decontaminate against: a JSONL file whose records have `code`
 * (CRUXEval's format, or any other), or a folder / file of `.py` programs. Only the code matters here,
 * so a JSONL record is used whatever its other fields say; a record without string `code`, or a line
 * that is not JSON or not UTF-8, is reported and skipped.
 */
import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { readJsonLines } from '../../common/jsonl.js';
import { SemtraceError } from '../../errors.js';
import { readSources } from '../sources/index.js';
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
  for await (const { line, value } of readJsonLines(file, {
    label: `benchmark ${file}`,
    onProblem: (problem) => report({ path: file, ...problem }),
  })) {
    const fields = value as { code?: unknown; id?: unknown } | null;
    if (typeof fields?.code !== 'string') {
      report({ path: file, line, reason: 'bad_record', message: `${file}:${line}: no string "code" field` });
      continue;
    }
    const id = typeof fields.id === 'string' || typeof fields.id === 'number' ? fields.id : line;
    yield { name: `${stem}:${id}`, code: fields.code };
  }
}
