import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../support/paths.js';
import { validateRunResult } from '../support/schema.js';

const cli = `${repoRoot}dist/cli/main.js`;

function semtrace(...args: string[]) {
  return spawnSync(process.execPath, [cli, ...args], { cwd: repoRoot, encoding: 'utf8', timeout: 120_000 });
}

describe('first run on a fresh install', () => {
  it('says once that it prepares the embedded Python, and later runs stay quiet', () => {
    const cache = mkdtempSync(join(tmpdir(), 'semtrace-cache-'));
    try {
      const env = { ...process.env, SEMTRACE_CACHE_DIR: cache };
      const run = () =>
        spawnSync(process.execPath, [cli, 'run', 'examples/collatz.py', '--isolation', 'basic'], {
          cwd: repoRoot,
          encoding: 'utf8',
          timeout: 180_000,
          env,
        });
      const first = run();
      expect(first.status, first.stderr).toBe(0);
      expect(first.stderr).toContain('preparing the embedded Python for first use');
      expect(readdirSync(cache).filter((name) => name.endsWith('.snapshot'))).toHaveLength(1);
      const second = run();
      expect(second.status, second.stderr).toBe(0);
      expect(second.stderr).not.toContain('preparing the embedded Python');
      expect(second.stdout).toBe(first.stdout);
    } finally {
      rmSync(cache, { recursive: true, force: true });
    }
  }, 240_000);
});

describe('semtrace run (built CLI)', () => {
  it('prints a readable trace on the embedded default', () => {
    const run = semtrace('run', 'examples/collatz.py');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('call collatz_steps(n=3)');
    expect(run.stdout).toMatch(/n = 3 \* n \+ 1\s+# n = 10/);
    expect(run.stdout).toContain('print> 3 7');
    expect(run.stdout).toMatch(/status: ok .*python: 3\.14\.\d+ \(pyodide/);
  });

  it('prints the result object with --json in call mode on the native backend', () => {
    const run = semtrace(
      'run',
      'test/fixtures/programs/recursion.py',
      '--backend',
      'native',
      '--call',
      'fact(4)',
      '--json',
    );
    expect(run.status).toBe(0);
    const result = JSON.parse(run.stdout);
    expect(validateRunResult(result)).toBe(true);
    expect(result.returnRepr).toBe('24');
    expect(result.backend).toBe('native');
  });

  it('exits non-zero with a clear message for a missing file', () => {
    const run = semtrace('run', 'no/such/file.py');
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("cannot read 'no/such/file.py'");
    expect(run.stderr).toContain('SEMTRACE_FILE_NOT_FOUND');
  });

  it('exits with status 2 when the program fails', () => {
    const run = semtrace('run', 'test/fixtures/programs/uncaught.py', '--backend', 'native');
    expect(run.status).toBe(2);
    expect(run.stdout).toContain('exception: ValueError');
  });
});
