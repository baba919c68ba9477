/** The command that starts a native worker, under bubblewrap (strict) or as a plain process (basic). */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { harnessDir } from '../harness-path.js';
import type { LaunchSpec } from '../pool/worker-process.js';
import { bubblewrapArgs } from '../sandbox/bubblewrap.js';
import type { IsolationLevel } from '../types.js';
import type { PythonInstall } from './resolve-python.js';

const WORKER_ENV = {
  PYTHONHASHSEED: '0',
  PYTHONDONTWRITEBYTECODE: '1',
  PYTHONIOENCODING: 'utf-8',
  LC_ALL: 'C.UTF-8',
  HOME: '/tmp',
};

export function nativeWorkerCommand(python: PythonInstall, isolation: IsolationLevel): LaunchSpec {
  const argv = [python.executable, '-I', '-B', join(harnessDir, 'semtrace_native_worker.py')];
  if (isolation === 'strict') {
    const args = bubblewrapArgs({
      argv,
      readOnlyPaths: [python.prefix, harnessDir],
      env: { ...WORKER_ENV, SEMTRACE_SCRATCH: '/tmp/run', SEMTRACE_WIPE_TMP: '1' },
      tmpBytes: 256 << 20,
    });
    return { command: 'bwrap', args, env: {} };
  }
  // basic: a private scratch folder; the process still gets seccomp and rlimits from the worker.
  const scratchParent = mkdtempSync(join(tmpdir(), 'semtrace-'));
  return {
    command: argv[0]!,
    args: argv.slice(1),
    env: { ...WORKER_ENV, HOME: scratchParent, SEMTRACE_SCRATCH: join(scratchParent, 'run') },
    cwd: scratchParent,
  };
}
