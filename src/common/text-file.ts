/**
 * Reading text files as strict UTF-8. A lossy decode would silently put U+FFFD into programs and their
 * inputs, so bytes that are not UTF-8 are a problem the caller sees: returned (sources, which report
 * and go on) or thrown (a file named on the command line).
 */
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { SemtraceError } from '../errors.js';

const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/** The text of `bytes`, or null when they are not valid UTF-8. A leading byte order mark is dropped. */
export function decodeUtf8(bytes: Uint8Array): string | null {
  try {
    return strict.decode(bytes);
  } catch {
    return null;
  }
}

/** The system's reason for a failed file operation, e.g. `EACCES: permission denied`. */
export function describeFileError(error: unknown): string {
  if (error instanceof Error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code ? `${code}: ${error.message.replace(/^[A-Z]+: /, '')}` : error.message;
  }
  return String(error);
}

export interface TextFileProblem {
  path: string;
  reason: 'unreadable' | 'not_utf8';
  message: string;
}

export type TextOrProblem = { text: string } | { problem: TextFileProblem };

/**
 * The whole text of one small file, or the problem that stops it being read; `shownPath` is what the
 * problem names, so users see the path as they gave it.
 */
export async function readTextFile(file: string, shownPath: string = file): Promise<TextOrProblem> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    return {
      problem: {
        path: shownPath,
        reason: 'unreadable',
        message: `cannot read ${shownPath}: ${describeFileError(error)}`,
      },
    };
  }
  const text = decodeUtf8(bytes);
  if (text === null) {
    return {
      problem: {
        path: shownPath,
        reason: 'not_utf8',
        message: `${shownPath} is not valid UTF-8; convert it (for example with iconv) or remove it`,
      },
    };
  }
  return { text };
}

/** The text of a file the user named (a program, a stdin file), or a typed error that names it. */
export function readTextFileOrThrow(path: string): string {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    const reason =
      (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message;
    throw new SemtraceError('SEMTRACE_FILE_NOT_FOUND', `cannot read '${path}': ${reason}`);
  }
  const text = decodeUtf8(bytes);
  if (text === null) throw new SemtraceError('SEMTRACE_BAD_REQUEST', `'${path}' is not valid UTF-8 text`);
  return text;
}
