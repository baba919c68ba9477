import { readSources, type SourceProgram } from '../../../src/dataset/sources/index.js';
import type { SourceProblem } from '../../../src/dataset/types.js';

/** Reads sources to the end, keeping the programs and every problem reported on the way. */
export async function collect(
  paths: string[],
): Promise<{ programs: SourceProgram[]; problems: SourceProblem[] }> {
  const problems: SourceProblem[] = [];
  const programs: SourceProgram[] = [];
  for await (const program of readSources(paths, { onProblem: (problem) => problems.push(problem) })) {
    programs.push(program);
  }
  return { programs, problems };
}
