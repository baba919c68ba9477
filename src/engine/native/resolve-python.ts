/**
 * Finding the real CPython binary behind a name: shims (pyenv, asdf) are scripts that cost ~50 ms per
 * start and may not be visible inside a sandbox, so workers spawn the resolved executable directly.
 */
import { spawnSync } from 'node:child_process';
import { realpathSync } from 'node:fs';
import { SemtraceError } from '../../errors.js';

export interface PythonInstall {
  executable: string;
  version: string;
  /** Installation prefix (its stdlib lives below it); bound read-only into the sandbox. */
  prefix: string;
}

const PROBE =
  'import sys, json, platform; print(json.dumps({"executable": sys.executable, "version": platform.python_version(), ' +
  '"prefix": sys.base_prefix, "impl": platform.python_implementation(), "ok": sys.version_info >= (3, 10)}))';

const cache = new Map<string, PythonInstall>();

export function resolvePython(name = 'python3'): PythonInstall {
  const known = cache.get(name);
  if (known) return known;
  const probe = spawnSync(name, ['-I', '-c', PROBE], { encoding: 'utf8', timeout: 30_000 });
  if (probe.error || probe.status !== 0) {
    const why = probe.error ? probe.error.message : probe.stderr.trim();
    throw new SemtraceError(
      'SEMTRACE_PYTHON_NOT_FOUND',
      `could not run Python '${name}' (${why}). Install CPython 3.10 or newer, pass its path with --python, ` +
        'or use the embedded backend (--backend pyodide).',
    );
  }
  const info = JSON.parse(probe.stdout) as {
    executable: string;
    version: string;
    prefix: string;
    impl: string;
    ok: boolean;
  };
  if (info.impl !== 'CPython' || !info.ok) {
    throw new SemtraceError(
      'SEMTRACE_PYTHON_NOT_FOUND',
      `'${name}' is ${info.impl} ${info.version}; the native backend needs CPython 3.10 or newer.`,
    );
  }
  const install = {
    executable: realpathSync(info.executable),
    version: info.version,
    prefix: realpathSync(info.prefix),
  };
  cache.set(name, install);
  return install;
}
