import { readFileSync } from 'node:fs';
import { SemtraceError } from '../errors.js';

/** Read a UTF-8 text file named on the command line, with an error that names the file. */
export function readTextFile(path: string): string {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    const reason =
      (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message;
    throw new SemtraceError('SEMTRACE_FILE_NOT_FOUND', `cannot read '${path}': ${reason}`);
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new SemtraceError('SEMTRACE_BAD_REQUEST', `'${path}' is not valid UTF-8 text`);
  }
}
