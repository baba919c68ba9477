/** Reads a `.jsonl` / `.jsonl.gz` corpus line by line; every bad line is reported and skipped. */
import { basename } from 'node:path';
import { readJsonLines } from '../../common/jsonl.js';
import { recordToProgram } from './jsonl-record.js';
import type { ReportProblem, SourceProgram } from './source-program.js';

export async function* readJsonlFile(file: string, report: ReportProblem): AsyncGenerator<SourceProgram> {
  const fileStem = basename(file).replace(/\.jsonl(\.gz)?$/, '');
  for await (const { line, value } of readJsonLines(file, {
    onProblem: (problem) => report({ path: file, ...problem }),
  })) {
    const outcome = recordToProgram(value, { fileStem, path: file, line });
    for (const problem of outcome.problems) report(problem);
    if (outcome.program) yield outcome.program;
  }
}
