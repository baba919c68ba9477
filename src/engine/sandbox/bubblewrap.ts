/**
 * Launching a worker under bubblewrap: new user, PID, network, IPC and UTS namespaces, a read-only view
 * of only the paths the worker needs, an empty writable /tmp, and a cleared environment. The sandbox's
 * root (where /etc, /root... would be created) and /dev are read-only, so /tmp (and /dev/shm where asked)
 * are the only writable places, which the worker empties after every program.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

let probed: { available: boolean; reason: string } | undefined;

/** Whether bubblewrap exists and can create namespaces here (it cannot in some containers). */
export function probeBubblewrap(): { available: boolean; reason: string } {
  if (probed) return probed;
  const check = spawnSync(
    'bwrap',
    ['--unshare-all', '--die-with-parent', '--ro-bind', '/', '/', '--proc', '/proc', '--dev', '/dev', 'true'],
    { encoding: 'utf8', timeout: 10_000 },
  );
  if (check.error) {
    probed = { available: false, reason: 'bubblewrap (bwrap) is not installed' };
  } else if (check.status !== 0) {
    probed = { available: false, reason: `bubblewrap cannot create namespaces here: ${check.stderr.trim()}` };
  } else {
    probed = { available: true, reason: 'bubblewrap works' };
  }
  return probed;
}

export interface SandboxSpec {
  /** The program and its arguments, as seen inside the sandbox (same paths as outside). */
  argv: string[];
  /** Host paths made visible read-only at the same place. Missing ones are skipped. */
  readOnlyPaths: string[];
  /** The only environment variables the worker sees. */
  env: Record<string, string>;
  /** Size of the writable /tmp. */
  tmpBytes: number;
  /** A private writable /dev/shm (POSIX shared memory and semaphores) of the same size; else none is writable. */
  privateShm?: boolean;
}

/** System paths any dynamically linked program needs. */
const SYSTEM_PATHS = ['/usr/lib', '/usr/lib64', '/lib', '/lib64', '/etc/ld.so.cache', '/etc/localtime'];

export function bubblewrapArgs(spec: SandboxSpec): string[] {
  const args = [
    '--unshare-all',
    '--die-with-parent',
    '--new-session',
    '--cap-drop',
    'ALL',
    '--clearenv',
    '--proc',
    '/proc',
    '--dev',
    '/dev',
    '--remount-ro',
    '/dev',
    '--size',
    String(spec.tmpBytes),
    '--tmpfs',
    '/tmp',
    '--chdir',
    '/tmp',
  ];
  const seen = new Set<string>();
  for (const path of [...SYSTEM_PATHS, ...spec.readOnlyPaths]) {
    if (seen.has(path) || !existsSync(path)) continue;
    seen.add(path);
    args.push('--ro-bind', path, path);
  }
  if (spec.privateShm) args.push('--size', String(spec.tmpBytes), '--tmpfs', '/dev/shm');
  args.push('--remount-ro', '/');
  for (const [name, value] of Object.entries(spec.env)) args.push('--setenv', name, value);
  args.push('--', ...spec.argv);
  return args;
}
