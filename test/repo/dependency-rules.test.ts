/**
 * The import rules hold for the real code, and they catch what they are meant to catch: each rule is
 * shown failing on a small tree with one deliberately wrong import.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../support/paths.js';

const depcruise = join(repoRoot, 'node_modules', '.bin', 'depcruise');
const config = join(repoRoot, '.dependency-cruiser.cjs');

/** The exit status and the names of the broken rules (its JSON reporter always exits 0, so the text one is read). */
function cruise(cwd: string) {
  const run = spawnSync(depcruise, ['src', '--config', config], { cwd, encoding: 'utf8', timeout: 120_000 });
  const rules = [...`${run.stdout}${run.stderr}`.matchAll(/^\s*error ([\w-]+):/gm)].map((match) => match[1]);
  return { status: run.status, rules };
}

const scratch = mkdtempSync(join(tmpdir(), 'semtrace-deps-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function tree(name: string, files: Record<string, string>): string {
  const root = join(scratch, name);
  for (const [path, text] of Object.entries({ 'tsconfig.json': '{}', ...files })) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

describe('import rules (dependency-cruiser)', () => {
  it('src/ obeys them', () => {
    expect(cruise(repoRoot)).toEqual({ status: 0, rules: [] });
  });

  it('fail on a lower layer importing a higher one', () => {
    const root = tree('layers', {
      'src/engine/run.ts': "import { build } from '../dataset/build.js';\nexport const run = build;\n",
      'src/dataset/build.ts': 'export const build = 1;\n',
    });
    const result = cruise(root);
    expect(result.status).not.toBe(0);
    expect(result.rules).toEqual(['layer-engine']);
  });

  it('fail on an import of the CLI and on a cycle', () => {
    const root = tree('cli-and-cycle', {
      'src/eval/a.ts':
        "import { b } from './b.js';\nimport { main } from '../cli/main.js';\nexport const a = [b, main];\n",
      'src/eval/b.ts': "import { a } from './a.js';\nexport const b = () => a;\n",
      'src/cli/main.ts': 'export const main = 1;\n',
    });
    const result = cruise(root);
    expect(result.status).not.toBe(0);
    expect(new Set(result.rules)).toEqual(new Set(['no-circular', 'no-cli-imports', 'layer-eval']));
  });
});

describe('browser imports (Biome rule on web/src)', () => {
  /** Lints `text` as a file of web/src under the project's Biome configuration, in a scratch copy. */
  function lintAsBrowserFile(name: string, text: string) {
    const biomeConfig = readFileSync(join(repoRoot, 'biome.json'), 'utf8');
    const root = tree(`biome-${name}`, { 'biome.json': biomeConfig, 'web/src/probe.ts': text });
    return spawnSync(join(repoRoot, 'node_modules', '.bin', 'biome'), ['lint', 'web/src/probe.ts'], {
      cwd: root,
      encoding: 'utf8',
      // An open stdin makes Biome lint that instead of the file.
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  }

  it('allow the listed modules and refuse the rest of src/', () => {
    const allowed = lintAsBrowserFile(
      'allowed',
      "import type { RunResult } from '../../src/engine/types.js';\nexport type R = RunResult;\n",
    );
    expect(allowed.status, allowed.stderr).toBe(0);
    const refused = lintAsBrowserFile(
      'refused',
      "import { createEngine } from '../../src/engine/engine.js';\nexport const e = createEngine;\n",
    );
    expect(refused.status).not.toBe(0);
    expect(`${refused.stdout}${refused.stderr}`).toContain('noRestrictedImports');
  });
});
