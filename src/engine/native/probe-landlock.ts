/** Whether the kernel offers Landlock, asked through the Python that will run the programs. */
import { spawnSync } from 'node:child_process';
import { harnessDir } from '../harness-path.js';

const cache = new Map<string, number>();

/** The Landlock ABI version (0 when the kernel has none, it is disabled, or Python cannot ask). */
export function probeLandlock(python: string): number {
  const known = cache.get(python);
  if (known !== undefined) return known;
  const script = `import sys; sys.path.insert(0, ${JSON.stringify(harnessDir)}); import semtrace_landlock as l; print(l.abi_version())`;
  const probe = spawnSync(python, ['-I', '-B', '-c', script], { encoding: 'utf8', timeout: 30_000 });
  const version = probe.status === 0 ? Number.parseInt(probe.stdout.trim(), 10) : 0;
  const abi = Number.isFinite(version) && version > 0 ? version : 0;
  cache.set(python, abi);
  return abi;
}
