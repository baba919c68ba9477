/**
 * Trusted, one-off: cold-loads Pyodide, imports the harness, and writes a memory snapshot to the path
 * given as the first argument. Run as its own `node` process so the cache's writer never runs user code.
 */
import { writeFileSync } from 'node:fs';
import { loadPyodide } from 'pyodide';
import { loadHarness, type PyodideLike, readHarness } from './harness-files.js';

const target = process.argv[2];
if (!target) {
  process.stderr.write('usage: make-snapshot <output file>\n');
  process.exit(2);
}
const quiet = () => {};
const py = (await loadPyodide({
  env: { PYTHONHASHSEED: '0' },
  stdout: quiet,
  stderr: quiet,
  _makeSnapshot: true,
} as Parameters<typeof loadPyodide>[0])) as unknown as PyodideLike;
loadHarness(py, readHarness());
writeFileSync(target, py.makeMemorySnapshot());
