/**
 * Reading source files as strict UTF-8. A lossy decode would silently put U+FFFD into programs and
 * their inputs, so bytes that are not UTF-8 make the file a reported problem instead.
 */
import { readFile } from 'node:fs/promises';
import type { SourceProblem } from '../types.js';

const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/** The text of `bytes`, or null when they are not valid UTF-8. A leading byte order mark is dropped. */
export function decodeUtf8(bytes: Uint8Array): string | null {
  try {
    return strict.decode(bytes);
  } catch {
    return null;
  }
}

export type TextOrProblem = { text: string } | { problem: SourceProblem };

/**
 * The whole text of one small file (a program, its stdin or its calls); `shownPath` is what problems
 * name, so users see the path as they gave it.
 */
export async function readTextFile(file: string, shownPath: string): Promise<TextOrProblem> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    return {
      problem: {
        path: shownPath,
        reason: 'unreadable',
        message: `cannot read ${shownPath}: ${describe(error)}`,
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

/** The system's reason for a failed file operation, e.g. `EACCES: permission denied`. */
export function describe(error: unknown): string {
  if (error instanceof Error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code ? `${code}: ${error.message.replace(/^[A-Z]+: /, '')}` : error.message;
  }
  return String(error);
}
