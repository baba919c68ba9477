/**
 * Within a trust domain, Pyodide runs share one interpreter: the harness restores what a program changed
 * and marks the run dirty (the interpreter is then thrown away) only when it cannot. A benign program must
 * not be marked dirty by the harness's own work (stdin, output, the tracer), or every run pays for a whole
 * new interpreter; a program that changes what cannot be put back must be.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadPyodide } from 'pyodide';
import { beforeAll, describe, expect, it } from 'vitest';
import { harnessDir } from '../../../src/engine/harness-path.js';
import { HARNESS_MODULES } from '../../../src/engine/pyodide/harness-files.js';

type RunJson = (request: string) => string;

const LIMITS = { timeoutMs: 10_000, maxSteps: 100_000, memoryBytes: 0 };

describe('Pyodide runs of one domain', () => {
  let run: RunJson;

  beforeAll(async () => {
    const py = await loadPyodide({ env: { PYTHONHASHSEED: '0' }, stdout: () => {}, stderr: () => {} });
    py.FS.mkdirTree('/semtrace');
    for (const file of HARNESS_MODULES)
      py.FS.writeFile(`/semtrace/${file}`, readFileSync(join(harnessDir, file), 'utf8'));
    py.runPython("import sys\nsys.path.insert(0, '/semtrace')\nimport semtrace_pyodide");
    run = (py.pyimport('semtrace_pyodide') as { install(): RunJson }).install();
  }, 120_000);

  const answer = (code: string, extra: Record<string, unknown> = {}) => {
    const text = run(
      JSON.stringify({ code, mode: 'script', stdin: '', trace: true, limits: LIMITS, ...extra }),
    );
    return {
      dirty: text.startsWith('1'),
      result: JSON.parse(text.slice(1)) as { status: string; stdout: string },
    };
  };

  it('keeps the interpreter after benign programs, stdin and output included', () => {
    for (const [code, stdin] of [
      ['x = 1\nprint(x)\n', ''],
      ['name = input()\nprint("hi", name)\n', 'ada\n'],
      ['import sys\nprint(sys.stdin.read().upper(), end="")\n', 'two\nlines\n'],
      ['def f(n):\n    return n * 2\nprint(f(21))\n', ''],
    ] as const) {
      const { dirty, result } = answer(code, { stdin });
      expect(result.status, code).toBe('ok');
      expect(dirty, code).toBe(false);
    }
  });

  it('throws the interpreter away after a program that adds an audit hook', () => {
    const { dirty } = answer('import sys\nsys.addaudithook(lambda *a: None)\n');
    expect(dirty).toBe(true);
  });
});
