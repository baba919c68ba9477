/** Reads a `.jsonl` / `.jsonl.gz` corpus line by line; every bad line is reported and skipped. */
import { basename } from 'node:path';
import { type ByteLine, readByteLines } from './jsonl-lines.js';
import { recordToProgram } from './jsonl-record.js';
import type { ReportProblem, SourceProgram } from './source-program.js';
import { decodeUtf8, describe } from './utf8.js';

export async function* readJsonlFile(file: string, report: ReportProblem): AsyncGenerator<SourceProgram> {
  const fileStem = basename(file).replace(/\.jsonl(\.gz)?$/, '');
  const lines = readByteLines(file);
  for (;;) {
    let next: IteratorResult<ByteLine>;
    try {
      next = await lines.next();
    } catch (error) {
      // Unreadable or corrupt (gzip) file: what was read so far stands, the rest of the file is lost.
      report({ path: file, reason: 'unreadable', message: `cannot read ${file}: ${describe(error)}` });
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
    let record: unknown;
    try {
      record = JSON.parse(text);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      report({
        path: file,
        line,
        reason: 'bad_json',
        message: `${file}:${line}: not a JSON object (${reason})`,
      });
      continue;
    }
    const outcome = recordToProgram(record, { fileStem, path: file, line });
    for (const problem of outcome.problems) report(problem);
    if (outcome.program) yield outcome.program;
  }
}
