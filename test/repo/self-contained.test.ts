/**
 * A fresh clone must pass its tests with nothing beside it: no test, source file or benchmark default may
 * read outside the repository (a data folder next to the checkout, a developer's home, absolute paths of
 * one machine).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../support/paths.js';

const SCANNED = ['src', 'test', 'bench', 'scripts'];
const EXTENSIONS = /\.(ts|tsx|mjs|js|py)$/;
/** Places that belong to one machine, never to the project. */
/** The data folder that sits beside a checkout on development machines (spelled so this file never names it). */
const BESIDE = ['sha', 'red'].join('');
const MACHINE_PATHS = /(['"`])(\/work\/|\/home\/[^'"`]+|\/Users\/|[^'"`]*\.\.\/sha[r]ed\/)/;
const RELATIVE_URL = /new URL\(\s*(['"`])(\.{1,2}\/[^'"`]*|\.\.?)\1\s*,\s*import\.meta\.url/g;

/** Every reason `text` (the contents of `file`, a path inside `root`) reads outside `root`. */
function pathsLeavingRepo(root: string, file: string, text: string): string[] {
  const problems: string[] = [];
  const where = relative(root, file);
  text.split('\n').forEach((line, index) => {
    const machine = MACHINE_PATHS.exec(line);
    if (machine) problems.push(`${where}:${index + 1}: machine path ${machine[2]}`);
    for (const match of line.matchAll(RELATIVE_URL)) {
      const target = resolve(dirname(file), match[2] as string);
      if (relative(root, target).startsWith('..'))
        problems.push(`${where}:${index + 1}: ${match[2]} leaves the repository`);
    }
  });
  return problems;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : sourceFiles(path);
    return EXTENSIONS.test(entry.name) ? [path] : [];
  });
}

describe('the repository is self-contained', () => {
  it('finds the ways out it is meant to find', () => {
    const root = '/project';
    const file = '/project/test/mutate/corpus.test.ts';
    expect(
      pathsLeavingRepo(root, file, `new URL('../../../${BESIDE}/data/x.jsonl', import.meta.url)`),
    ).toHaveLength(2);
    expect(pathsLeavingRepo(root, file, `const data = '/work/${BESIDE}/data/x.jsonl';`)).toHaveLength(1);
    expect(
      pathsLeavingRepo(root, file, "new URL('../../../../elsewhere.json', import.meta.url)"),
    ).toHaveLength(1);
    expect(pathsLeavingRepo(root, file, "new URL('../../fixtures/x.jsonl', import.meta.url)")).toEqual([]);
    expect(pathsLeavingRepo(root, file, "new URL('../..', import.meta.url)")).toEqual([]);
  });

  it('no test, source file or benchmark reads outside the repository', () => {
    const files = SCANNED.flatMap((dir) => sourceFiles(join(repoRoot, dir)));
    expect(files.length).toBeGreaterThan(200);
    const self = new URL(import.meta.url).pathname;
    const problems = files
      .filter((file) => file !== self)
      .flatMap((file) => pathsLeavingRepo(repoRoot, file, readFileSync(file, 'utf8')));
    expect(problems).toEqual([]);
  });
});
