/**
 * Source corpora for dataset builds: folders of Python programs (CodeNet layout), single `.py` files and
 * JSONL files (CRUXEval's format included), read as a stream of programs with their inputs. Bad records
 * are reported through `onProblem` and skipped; only a path that does not exist stops the read.
 */
import { stat } from 'node:fs/promises';
import { SemtraceError } from '../../errors.js';
import type { SourceProblem } from '../types.js';
import { readJsonlFile } from './jsonl-file.js';
import { readPythonFile, readPythonFolder } from './python-folder.js';
import type { ReadSourcesOptions, ReportProblem, SourceProgram } from './source-program.js';

export type { ReadSourcesOptions, SourceProgram } from './source-program.js';

type SourceKind = 'folder' | 'python' | 'jsonl';

/**
 * Every program of `paths`, sources in the order given, entries of a folder in code point order. Memory
 * stays bounded by one directory listing or one JSONL line, plus the set of source ids seen (a repeated
 * id, e.g. the same file given twice, is reported and skipped so splits made on ids stay sound).
 */
export async function* readSources(
  paths: string[],
  options: ReadSourcesOptions = {},
): AsyncGenerator<SourceProgram> {
  const report: ReportProblem = options.onProblem ?? (() => {});
  // Check every path before the first program, so a typo fails the build at once, not hours in.
  const kinds: SourceKind[] = [];
  for (const path of paths) kinds.push(await sourceKind(path));

  const seen = new Set<string>();
  for (const [index, path] of paths.entries()) {
    for await (const program of readOne(path, kinds[index]!, report)) {
      if (seen.has(program.sourceId)) {
        report(duplicate(program));
        continue;
      }
      seen.add(program.sourceId);
      yield program;
    }
  }
}

function readOne(path: string, kind: SourceKind, report: ReportProblem): AsyncGenerator<SourceProgram> {
  if (kind === 'folder') return readPythonFolder(path, report);
  if (kind === 'python') return readPythonFile(path, report);
  return readJsonlFile(path, report);
}

async function sourceKind(path: string): Promise<SourceKind> {
  const info = await stat(path).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT' || error.code === 'ENOTDIR') return null;
    throw new SemtraceError('SEMTRACE_FILE_NOT_FOUND', `cannot open source ${path}: ${error.message}`);
  });
  if (!info) {
    throw new SemtraceError(
      'SEMTRACE_FILE_NOT_FOUND',
      `source ${path} does not exist; give a folder of .py files, a .py file or a .jsonl / .jsonl.gz file`,
    );
  }
  if (info.isDirectory()) return 'folder';
  if (path.endsWith('.py')) return 'python';
  if (path.endsWith('.jsonl') || path.endsWith('.jsonl.gz')) return 'jsonl';
  throw new SemtraceError(
    'SEMTRACE_BAD_OPTION',
    `source ${path} is not a folder, .py, .jsonl or .jsonl.gz file; rename it or convert it to JSONL with a "code" field`,
  );
}

function duplicate(program: SourceProgram): SourceProblem {
  const where = program.origin.line ? `${program.origin.path}:${program.origin.line}` : program.origin.path;
  const problem: SourceProblem = {
    path: program.origin.path,
    reason: 'bad_record',
    message: `${where}: source id ${program.sourceId} was already read; give each program a unique id (or each source once)`,
  };
  if (program.origin.line) problem.line = program.origin.line;
  return problem;
}
