/**
 * The import rules hold for the real code, and they catch what they are meant to catch: each rule is
 * shown failing on a small tree with one deliberately wrong import.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, sep } from 'node:path';
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
    expect(new Set(result.rules)).toEqual(new Set(['no-circular', 'no-cli-imports', 'layer-eval-neural']));
  });

  it('fail on the viewer server importing its app, and the app importing the server', () => {
    const root = tree('viewer-halves', {
      'src/viewer/server/start.ts': "import { page } from '../app/page.js';\nexport const start = page;\n",
      'src/viewer/server/util.ts': 'export const util = 1;\n',
      'src/viewer/app/page.ts': "import { util } from '../server/util.js';\nexport const page = util;\n",
    });
    const result = cruise(root);
    expect(result.status).not.toBe(0);
    expect(new Set(result.rules)).toEqual(new Set(['viewer-app-apart', 'viewer-app-not-server']));
  });
});

describe('browser imports (Biome rule on src/viewer/app)', () => {
  const appDir = join(repoRoot, 'src', 'viewer', 'app');
  /** How many folders below src/viewer/app the Biome overrides cover (one override per depth). */
  const COVERED_DEPTH = 2;

  /** Lints `text` as the app file `path` under the project's Biome configuration, in a scratch copy. */
  function lintAsBrowserFile(name: string, path: string, text: string) {
    const biomeConfig = readFileSync(join(repoRoot, 'biome.json'), 'utf8');
    const root = tree(`biome-${name}`, { 'biome.json': biomeConfig, [path]: text });
    return spawnSync(join(repoRoot, 'node_modules', '.bin', 'biome'), ['lint', path], {
      cwd: root,
      encoding: 'utf8',
      // An open stdin makes Biome lint that instead of the file.
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  }

  it.each([0, 1, 2])(
    'allow the listed modules and refuse the rest of src/, the server included (depth %i)',
    (depth) => {
      const path = `src/viewer/app/${'sub/'.repeat(depth)}probe.ts`;
      const viewer = '../'.repeat(depth + 1);
      const src = `${viewer}../`;
      const allowed = lintAsBrowserFile(
        `allowed-${depth}`,
        path,
        `import type { RunResult } from '${src}engine/types.js';\nimport type { Page } from '${viewer}api-types.js';\n` +
          'export type R = [RunResult, Page<number>];\n',
      );
      expect(allowed.status, allowed.stderr).toBe(0);
      for (const [name, target] of [
        ['engine', `${src}engine/engine.js`],
        ['server', `${viewer}server/start-viewer.js`],
      ]) {
        const refused = lintAsBrowserFile(
          `refused-${name}-${depth}`,
          path,
          `import { x } from '${target}';\nexport const e = x;\n`,
        );
        expect(refused.status, `${name} at depth ${depth}`).not.toBe(0);
        expect(`${refused.stdout}${refused.stderr}`).toContain('noRestrictedImports');
      }
    },
  );

  it(`cover every file of the app (none lies more than ${COVERED_DEPTH} folders deep)`, () => {
    const deeper = readdirSync(appDir, { recursive: true, encoding: 'utf8' }).filter(
      (path) => path.split(sep).length - 1 > COVERED_DEPTH,
    );
    expect(deeper, 'add a Biome override in biome.json for the deeper folder').toEqual([]);
  });
});
