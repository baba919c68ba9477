/**
 * Reads the bundled demo corpus (corpus/demo) the way its README describes it: one folder per level,
 * `name.py` programs, `name.calls` call lists or `name.in` / `name.N.in` stdin files beside them.
 * Files that do not fit the layout are collected, not skipped, so the tests can report them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../support/paths.js';

export const demoRoot = join(repoRoot, 'corpus', 'demo');
export const LEVEL_DIRS = ['single-line', 'tutorial', 'contest'] as const;
export type LevelDir = (typeof LEVEL_DIRS)[number];

/** One input of a program: a stdin file for a script, a call expression for a function. */
export type DemoInput =
  | { kind: 'stdin'; file: string | null; stdin: string }
  | { kind: 'call'; call: string };

export interface DemoProgram {
  level: LevelDir;
  /** Path relative to corpus/demo, e.g. `tutorial/average.py`. */
  path: string;
  name: string;
  code: string;
  style: 'call' | 'stdin';
  inputs: DemoInput[];
}

export interface DemoCorpus {
  programs: DemoProgram[];
  /** Paths (relative to corpus/demo) of `.in` / `.calls` files without a program, and unexpected files. */
  strays: string[];
  /** Programs that have both a `.calls` file and `.in` files. */
  mixed: string[];
}

/** `name.in` or `name.<digit>.in`: the CodeNet layout for one or several stdin inputs. */
const STDIN_FILE = /^(.+?)(?:\.(\d))?\.in$/;

export function readDemoCorpus(): DemoCorpus {
  const programs: DemoProgram[] = [];
  const strays: string[] = [];
  const mixed: string[] = [];
  for (const level of LEVEL_DIRS) {
    const dir = join(demoRoot, level);
    const files = readdirSync(dir).sort();
    const names = new Set(files.filter((f) => f.endsWith('.py')).map((f) => f.slice(0, -3)));
    const stdinFiles = new Map<string, string[]>();
    const callFiles = new Set<string>();
    for (const file of files) {
      if (file.endsWith('.py')) continue;
      const stdinMatch = STDIN_FILE.exec(file);
      const owner = stdinMatch ? stdinMatch[1] : file.endsWith('.calls') ? file.slice(0, -6) : null;
      if (owner === null || owner === undefined || !names.has(owner)) {
        strays.push(`${level}/${file}`);
      } else if (stdinMatch) {
        stdinFiles.set(owner, [...(stdinFiles.get(owner) ?? []), file]);
      } else {
        callFiles.add(owner);
      }
    }
    for (const name of [...names].sort()) {
      const code = readFileSync(join(dir, `${name}.py`), 'utf8');
      const path = `${level}/${name}.py`;
      const stdins = stdinFiles.get(name) ?? [];
      if (callFiles.has(name)) {
        if (stdins.length > 0) mixed.push(path);
        const calls = readFileSync(join(dir, `${name}.calls`), 'utf8')
          .split('\n')
          .map((line) => line.trim())
          .filter((line) => line.length > 0);
        programs.push({
          level,
          path,
          name,
          code,
          style: 'call',
          inputs: calls.map((call) => ({ kind: 'call', call })),
        });
      } else {
        const inputs: DemoInput[] =
          stdins.length === 0
            ? [{ kind: 'stdin', file: null, stdin: '' }]
            : stdins.map((file) => ({ kind: 'stdin', file, stdin: readFileSync(join(dir, file), 'utf8') }));
        programs.push({ level, path, name, code, style: 'stdin', inputs });
      }
    }
  }
  return { programs, strays, mixed };
}

/** A short label for one run in test output: `tutorial/average.py average([])`. */
export function runLabel(program: DemoProgram, input: DemoInput): string {
  if (input.kind === 'call') return `${program.path} ${input.call}`;
  return `${program.path} ${input.file ?? '(no stdin)'}`;
}

export interface ExpectedError {
  program: string;
  stdin?: string;
  call?: string;
  exception: string;
}

/** The deliberate-error inputs listed in corpus/demo/expected-errors.json. */
export function readExpectedErrors(): ExpectedError[] {
  const parsed = JSON.parse(readFileSync(join(demoRoot, 'expected-errors.json'), 'utf8')) as {
    errors: ExpectedError[];
  };
  return parsed.errors;
}

/** The exception an input is expected to end with, or null when it must run to completion. */
export function expectedErrorFor(
  errors: ExpectedError[],
  program: DemoProgram,
  input: DemoInput,
): string | null {
  const match = errors.find(
    (e) =>
      e.program === program.path &&
      (input.kind === 'call' ? e.call === input.call : e.stdin !== undefined && e.stdin === input.file),
  );
  return match?.exception ?? null;
}
