/** Reads and validates `manifest.json`; everything else a reader does trusts what this returns. */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { SemtraceError } from '../../errors.js';
import type { Manifest } from '../types.js';
import { manifestProblems } from './schemas.js';

export const MANIFEST_FILE = 'manifest.json';

function invalid(message: string, cause?: unknown): SemtraceError {
  return new SemtraceError('SEMTRACE_MANIFEST_INVALID', message, cause === undefined ? undefined : { cause });
}

/** A shard path must stay inside the dataset directory, whatever the manifest says. */
function isContainedPath(path: string): boolean {
  if (path.startsWith('/') || /^[A-Za-z]:/.test(path) || path.includes('\\')) return false;
  return !path.split('/').some((part) => part === '..');
}

export async function loadManifest(dir: string): Promise<Manifest> {
  const path = join(dir, MANIFEST_FILE);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR')
      throw invalid(
        `'${dir}' has no ${MANIFEST_FILE}: point at the directory a dataset build wrote (it holds manifest.json and data/); an interrupted build writes its manifest last, so run the build again to finish it`,
        error,
      );
    throw invalid(`cannot read '${path}': ${(error as Error).message}`, error);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw invalid(
      `'${path}' is not valid JSON (${(error as Error).message}); rebuild the dataset or restore the file`,
      error,
    );
  }
  const problems = manifestProblems(value);
  if (problems) throw invalid(`'${path}' does not match the manifest schema: ${problems}`);
  const manifest = value as Manifest;
  const outside = manifest.shards.find((shard) => !isContainedPath(shard.path));
  if (outside)
    throw invalid(
      `'${path}' lists shard '${outside.path}' outside the dataset directory; shard paths must be relative`,
    );
  return manifest;
}
