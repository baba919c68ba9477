/**
 * The command that starts a native worker: under bubblewrap (strict) or as a plain process confined by
 * Landlock (landlock) or not (basic). The worker applies seccomp, rlimits and, where asked, Landlock to
 * each child it forks.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { harnessDir } from '../harness-path.js';
import type { LaunchSpec } from '../pool/worker-process.js';
import { bubblewrapArgs } from '../sandbox/bubblewrap.js';
import type { IsolationLevel } from '../types.js';
import type { PythonInstall } from './resolve-python.js';

/**
 * The worker's whole environment. It must reach Python (so no -I/-E, which ignore PYTHONHASHSEED and leave
 * hash randomisation on): nothing else of the caller's environment is passed, so no other PYTHON* variable
 * can change the interpreter.
 */
const WORKER_ENV = {
  PYTHONHASHSEED: '0',
  PYTHONNOUSERSITE: '1',
  PYTHONSAFEPATH: '1',
  PYTHONDONTWRITEBYTECODE: '1',
  PYTHONIOENCODING: 'utf-8',
  LC_ALL: 'C.UTF-8',
  HOME: '/tmp',
};

/** What the worker applies to each child: Landlock required, used where the kernel has it, or off. */
const LANDLOCK_BY_LEVEL: Record<IsolationLevel, string> = {
  strict: 'auto',
  landlock: 'require',
  basic: 'off',
};

export function nativeWorkerCommand(python: PythonInstall, isolation: IsolationLevel): LaunchSpec {
  // -s: no user site-packages; -B: no .pyc writes.
  // Not -I: it implies -E, which ignores PYTHONHASHSEED, and every worker would then hash strings
  // differently (set order would depend on which worker ran a program). The environment is ours alone
  // (WORKER_ENV replaces it), so -E has nothing to protect against; -s still skips user site-packages.
  const argv = [python.executable, '-s', '-B', join(harnessDir, 'semtrace_native_worker.py')];
  if (isolation === 'strict') {
    const args = bubblewrapArgs({
      argv,
      readOnlyPaths: [python.prefix, harnessDir],
      env: {
        ...WORKER_ENV,
        SEMTRACE_SCRATCH: '/tmp/run',
        // The sandbox's own /tmp and /dev/shm are the only writable places: emptied after each program.
        SEMTRACE_WIPE_ROOTS: '/tmp:/dev/shm',
        SEMTRACE_LANDLOCK: LANDLOCK_BY_LEVEL.strict,
      },
      tmpBytes: 256 << 20,
      privateShm: true,
    });
    return { command: 'bwrap', args, env: {} };
  }
  // landlock / basic: a private scratch folder (home, temp and working directory of every program),
  // emptied after each one. Under landlock it is the only place a program can write.
  const scratchParent = mkdtempSync(join(tmpdir(), 'semtrace-'));
  const scratch = join(scratchParent, 'run');
  return {
    command: argv[0]!,
    args: argv.slice(1),
    env: {
      ...WORKER_ENV,
      HOME: scratch,
      TMPDIR: scratch,
      SEMTRACE_SCRATCH: scratch,
      SEMTRACE_LANDLOCK: LANDLOCK_BY_LEVEL[isolation],
    },
    cwd: scratchParent,
  };
}
