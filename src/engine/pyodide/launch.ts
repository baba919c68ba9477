/**
 * The command that starts a Pyodide worker process. Pyodide inside Node is not a sandbox (Python code
 * reaches JavaScript and so the host), so both levels run the host under Node's permission model: it
 * may read only its own code, the Pyodide package and the snapshot, and may start worker threads, but
 * cannot write files or start processes. `strict` adds bubblewrap, which also cuts the network.
 */
import { realpathSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bubblewrapArgs } from '../sandbox/bubblewrap.js';
import type { IsolationLevel } from '../types.js';

export interface PyodideLaunchOptions {
  isolation: IsolationLevel;
  snapshotPath?: string;
  nodePath?: string;
}

export interface PyodideCommand {
  command: string;
  args: string[];
  env: Record<string, string>;
}

/** The compiled host; when this module runs from the TypeScript sources (tests), the built copy in dist/. */
export function hostDistDir(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  const marker = `${sep}src${sep}engine${sep}pyodide`;
  return here.endsWith(marker) ? join(here.slice(0, -marker.length), 'dist', 'engine', 'pyodide') : here;
}

export function pyodidePackageDir(): string {
  const require = createRequire(import.meta.url);
  return dirname(realpathSync(require.resolve('pyodide/package.json')));
}

function permissionFlag(): string {
  return process.allowedNodeEnvironmentFlags.has('--permission')
    ? '--permission'
    : '--experimental-permission';
}

export function pyodideWorkerCommand(options: PyodideLaunchOptions): PyodideCommand {
  const node = realpathSync(options.nodePath ?? process.execPath);
  const hostDir = realpathSync(hostDistDir());
  const engineDir = dirname(hostDir); // the host imports sibling engine modules and the harness .py files
  const packageDir = pyodidePackageDir();
  const snapshot = options.snapshotPath ? realpathSync(options.snapshotPath) : undefined;
  const readable = [engineDir, packageDir, ...(snapshot ? [snapshot] : [])];
  const args = [
    permissionFlag(),
    ...readable.map((path) => `--allow-fs-read=${path}`),
    '--allow-worker',
    // Warnings about the experimental permission model would only clutter the pool's stderr capture.
    '--no-warnings',
    join(hostDir, 'host.js'),
    ...(snapshot ? ['--snapshot', snapshot] : []),
  ];
  const env = { LANG: 'C.UTF-8', HOME: '/tmp' };
  if (options.isolation === 'basic') return { command: node, args, env };
  const sandboxed = bubblewrapArgs({
    argv: [node, ...args],
    // engineDir's parent holds package.json ("type": "module"), which Node reads to load the host as ESM.
    readOnlyPaths: [node, dirname(engineDir), packageDir, ...(snapshot ? [snapshot] : [])],
    env,
    tmpBytes: 64 << 20,
  });
  return { command: 'bwrap', args: sandboxed, env: {} };
}
