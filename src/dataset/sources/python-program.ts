/** Reads one `.py` program with its stdin or calls files into a SourceProgram (or reports why not). */
import { join } from 'node:path';
import { readTextFile } from '../../common/text-file.js';
import type { SampleInput } from '../types.js';
import { parseCallsFile } from './calls-file.js';
import { levelFromRelativePath } from './level.js';
import type { ProgramFiles } from './sibling-files.js';
import type { ReportProblem, SourceProgram } from './source-program.js';

export interface ProgramLocation {
  /** Directory on disk that holds the program. */
  directory: string;
  /** The same directory as the user would name it (their path joined with the part inside it). */
  shownDirectory: string;
  /** Name of the folder the user pointed at; first part of the source id. */
  rootName: string;
  /** Posix path of the directory inside the root ('' for the root itself). */
  relativeDirectory: string;
}

export async function readPythonProgram(
  files: ProgramFiles,
  where: ProgramLocation,
  report: ReportProblem,
): Promise<SourceProgram | null> {
  const shown = (name: string) => join(where.shownDirectory, name);
  const programPath = shown(files.program);
  const code = await readTextFile(join(where.directory, files.program), programPath);
  if ('problem' in code) return skip(report, code.problem);
  if (code.text.trim() === '') {
    return skip(report, {
      path: programPath,
      reason: 'empty',
      message: `${programPath} is empty; nothing to run`,
    });
  }

  const inputs = await readInputs(files, where, shown, report);
  if (!inputs) return null;

  const relative = where.relativeDirectory ? `${where.relativeDirectory}/${files.program}` : files.program;
  const program: SourceProgram = {
    sourceId: `${where.rootName}/${relative.slice(0, -'.py'.length)}`,
    code: code.text,
    mode: inputs.mode,
    inputs: inputs.inputs,
    origin: { path: programPath },
  };
  const level = levelFromRelativePath(relative);
  if (level) program.level = level;
  return program;
}

async function readInputs(
  files: ProgramFiles,
  where: ProgramLocation,
  shown: (name: string) => string,
  report: ReportProblem,
): Promise<{ mode: 'script' | 'call'; inputs: SampleInput[] } | null> {
  if (files.callsFile) {
    const callsPath = shown(files.callsFile);
    if (files.stdinFiles.length > 0) {
      // Used with a caveat, not skipped: the calls file is the more specific statement of intent.
      report({
        path: callsPath,
        reason: 'bad_record',
        message: `${shown(files.program)} has both ${files.callsFile} and stdin files (${files.stdinFiles.join(', ')}); using the calls, ignoring the stdin files`,
      });
    }
    const text = await readTextFile(join(where.directory, files.callsFile), callsPath);
    if ('problem' in text) return skip(report, text.problem);
    const calls = parseCallsFile(text.text);
    if (calls.length === 0) {
      return skip(report, {
        path: callsPath,
        reason: 'bad_record',
        message: `${callsPath} has no call expressions; write one per line, e.g. f([1, 2])`,
      });
    }
    return { mode: 'call', inputs: calls.map((call) => ({ call })) };
  }
  if (files.stdinFiles.length === 0) return { mode: 'script', inputs: [{ stdin: '' }] };
  const inputs: SampleInput[] = [];
  for (const name of files.stdinFiles) {
    // One bad input file skips the program: running it with the remaining inputs would hide the problem.
    const text = await readTextFile(join(where.directory, name), shown(name));
    if ('problem' in text) return skip(report, text.problem);
    inputs.push({ stdin: text.text });
  }
  return { mode: 'script', inputs };
}

function skip(report: ReportProblem, problem: Parameters<ReportProblem>[0]): null {
  report(problem);
  return null;
}
