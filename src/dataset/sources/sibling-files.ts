/**
 * Which files in one directory belong to which program (CodeNet layout): `x.py` runs with stdin from
 * `x.in` and every `x.<anything>.in`, or with the call expressions in `x.calls`. Pure: it sees names only.
 */
import { compareCodePoints } from './code-point-order.js';

export interface ProgramFiles {
  /** File name of the program, e.g. `a.py`. */
  program: string;
  /** Stdin files in code point order of their names. */
  stdinFiles: string[];
  callsFile: string | null;
}

/**
 * Groups the names of one directory. When stems overlap (`x.py` and `x.y.py` both claim `x.y.in`) a
 * stdin file belongs to the program with the longest stem, so no input runs with two programs.
 */
export function groupProgramFiles(names: readonly string[]): ProgramFiles[] {
  const programs = names.filter((name) => name.endsWith('.py')).sort(compareCodePoints);
  const byStem = new Map<string, ProgramFiles>();
  for (const program of programs) {
    byStem.set(program.slice(0, -'.py'.length), { program, stdinFiles: [], callsFile: null });
  }
  for (const name of [...names].sort(compareCodePoints)) {
    if (name.endsWith('.calls')) {
      const owner = byStem.get(name.slice(0, -'.calls'.length));
      if (owner) owner.callsFile = name;
    } else if (name.endsWith('.in')) {
      const owner = ownerOfStdinFile(name, byStem);
      owner?.stdinFiles.push(name);
    }
  }
  return [...byStem.values()];
}

function ownerOfStdinFile(name: string, byStem: Map<string, ProgramFiles>): ProgramFiles | undefined {
  const base = name.slice(0, -'.in'.length);
  // Try `a.b.c.in` as input of `a.b.c.py`, then `a.b.py`, then `a.py`: the longest stem wins.
  let stem = base;
  for (;;) {
    const owner = byStem.get(stem);
    if (owner) return owner;
    const dot = stem.lastIndexOf('.');
    if (dot <= 0) return undefined;
    stem = stem.slice(0, dot);
  }
}
