import { LEVELS, type Level } from '../types.js';

/**
 * The curriculum level a folder layout states: the first directory component (between the root and the
 * file) named like a level, e.g. `corpus/contest/abc123/a.py` is a contest program.
 */
export function levelFromRelativePath(relativePath: string): Level | undefined {
  const directories = relativePath.split('/').slice(0, -1);
  return directories.find(isLevel);
}

export function isLevel(value: unknown): value is Level {
  return typeof value === 'string' && (LEVELS as readonly string[]).includes(value);
}
