/** Seed snippets for `semtrace synth`: a folder of `.py` files, a `.py` file, or JSONL `{id, code}`. */
import { fileURLToPath } from 'node:url';
import { readSources } from '../dataset/sources/index.js';
import { SemtraceError } from '../errors.js';
import type { Seed } from './program/synth-unit.js';

/** The seed corpus shipped with semtrace (`corpus/seeds/`, our own snippets). */
export const BUILTIN_SEEDS_DIR = fileURLToPath(new URL('../../corpus/seeds/', import.meta.url));

export async function loadSeeds(
  paths: string[],
  limit?: number,
): Promise<{ seeds: Seed[]; problems: string[] }> {
  const seeds: Seed[] = [];
  const problems: string[] = [];
  for await (const program of readSources(paths, { onProblem: (p) => problems.push(p.message) })) {
    seeds.push({ id: program.sourceId, code: program.code });
    if (limit !== undefined && seeds.length >= limit) break;
  }
  if (seeds.length === 0) {
    throw new SemtraceError(
      'SEMTRACE_BAD_DATA',
      `no seed snippets in ${paths.join(', ')}; give a folder of .py files or a JSONL file with "code"`,
    );
  }
  return { seeds, problems };
}
