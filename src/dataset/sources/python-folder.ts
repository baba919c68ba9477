/**
 * Walks a folder of Python programs (CodeNet layout) depth first, one directory listing in memory at a
 * time, in code point order of the entry names, so every machine yields the same programs in the same
 * order. Symbolic links are followed; a directory reached twice (a link cycle) is walked once. Hidden
 * entries (`.git`, `.venv`, `.cache.py`) are skipped: they hold tooling, not corpus programs.
 */
import type { Dirent } from 'node:fs';
import { readdir, realpath, stat } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { describeFileError } from '../../common/text-file.js';
import { compareCodePoints } from './code-point-order.js';
import { type ProgramLocation, readPythonProgram } from './python-program.js';
import { groupProgramFiles } from './sibling-files.js';
import type { ReportProblem, SourceProgram } from './source-program.js';

export async function* readPythonFolder(
  folder: string,
  report: ReportProblem,
): AsyncGenerator<SourceProgram> {
  const rootName = basename(resolve(folder));
  yield* walk(folder, folder, '', rootName, new Set(), report);
}

/** A single `.py` file: its folder is the root, and only this program (with its siblings) is read. */
export async function* readPythonFile(file: string, report: ReportProblem): AsyncGenerator<SourceProgram> {
  const directory = dirname(file);
  const name = basename(file);
  const names = await list(directory, directory, report);
  if (!names) return;
  const files = groupProgramFiles(names.map((entry) => entry.name)).find((group) => group.program === name);
  if (!files) return;
  const where: ProgramLocation = {
    directory,
    shownDirectory: directory,
    rootName: basename(resolve(directory)),
    relativeDirectory: '',
  };
  const program = await readPythonProgram(files, where, report);
  if (program) yield program;
}

async function* walk(
  directory: string,
  shownDirectory: string,
  relativeDirectory: string,
  rootName: string,
  visited: Set<string>,
  report: ReportProblem,
): AsyncGenerator<SourceProgram> {
  const real = await realpath(directory).catch(() => directory);
  if (visited.has(real)) return;
  visited.add(real);

  const entries = await list(directory, shownDirectory, report);
  if (!entries) return;
  const where: ProgramLocation = { directory, shownDirectory, rootName, relativeDirectory };
  const groups = groupProgramFiles(entries.filter((entry) => entry.isFile).map((entry) => entry.name));
  const byProgram = new Map(groups.map((files) => [files.program, files]));
  // Programs and subfolders interleaved in code point order of their names.
  for (const entry of entries) {
    const files = entry.isFile ? byProgram.get(entry.name) : undefined;
    if (files) {
      const program = await readPythonProgram(files, where, report);
      if (program) yield program;
    } else if (entry.isDirectory) {
      const childRelative = relativeDirectory ? `${relativeDirectory}/${entry.name}` : entry.name;
      const child = join(directory, entry.name);
      yield* walk(child, join(shownDirectory, entry.name), childRelative, rootName, visited, report);
    }
  }
}

interface Entry {
  name: string;
  isFile: boolean;
  isDirectory: boolean;
}

/** The sorted entries of one directory, links resolved; an unreadable directory is a reported problem. */
async function list(
  directory: string,
  shownDirectory: string,
  report: ReportProblem,
): Promise<Entry[] | null> {
  let dirents: Dirent[];
  try {
    dirents = await readdir(directory, { withFileTypes: true });
  } catch (error) {
    report({
      path: shownDirectory,
      reason: 'unreadable',
      message: `cannot list folder ${shownDirectory}: ${describeFileError(error)}`,
    });
    return null;
  }
  const entries: Entry[] = [];
  dirents.sort((a, b) => compareCodePoints(a.name, b.name));
  for (const dirent of dirents) {
    const name = dirent.name;
    if (name.startsWith('.')) continue;
    if (!dirent.isSymbolicLink()) {
      entries.push({ name, isFile: dirent.isFile(), isDirectory: dirent.isDirectory() });
      continue;
    }
    // Links are followed, so a linked program or folder counts like a real one; a broken link is skipped.
    const info = await stat(join(directory, name)).catch(() => null);
    if (info) entries.push({ name, isFile: info.isFile(), isDirectory: info.isDirectory() });
  }
  return entries;
}
