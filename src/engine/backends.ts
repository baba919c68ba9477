/** How each backend starts a worker. */
import { nativeWorkerCommand } from './native/launch.js';
import { resolvePython } from './native/resolve-python.js';
import type { LaunchSpec } from './pool/worker-process.js';
import { pyodideWorkerCommand } from './pyodide/launch.js';
import { ensurePyodideSnapshot } from './pyodide/snapshot.js';
import type { BackendName, IsolationLevel } from './types.js';

export type LaunchSpecFactory = () => Promise<LaunchSpec>;

export async function backendLauncher(
  backend: BackendName,
  isolation: IsolationLevel,
  python?: string,
  notice: (message: string) => void = () => {},
): Promise<LaunchSpecFactory> {
  if (backend === 'native') {
    const install = resolvePython(python);
    return async () => nativeWorkerCommand(install, isolation);
  }
  // Made once per machine and Pyodide/harness version; without it each worker cold-loads (≈ 2 s).
  const snapshotPath = await ensurePyodideSnapshot(notice);
  return async () => pyodideWorkerCommand({ isolation, snapshotPath });
}
