/** The Python harness files the embedded interpreter imports, shared by the thread and the snapshot maker. */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Where the harness lives inside Pyodide's in-memory file system. */
export const HARNESS_DIR = '/semtrace';
export const HARNESS_MODULES = [
  'semtrace_repr.py',
  'semtrace_tracer.py',
  'semtrace_restore.py',
  'semtrace_pyodide.py',
];

/** The directory of the harness .py files next to this module (src/engine/python or dist/engine/python). */
export function harnessSourceDir(): string {
  return join(dirname(fileURLToPath(import.meta.url)), '..', 'python');
}

export function readHarness(dir = harnessSourceDir()): { name: string; text: string }[] {
  return HARNESS_MODULES.map((name) => ({ name, text: readFileSync(join(dir, name), 'utf8') }));
}

/** Minimal view of the Pyodide API this backend uses (the package's own types are very wide). */
export interface PyodideLike {
  FS: { mkdirTree(path: string): void; writeFile(path: string, data: string): void };
  runPython(code: string): unknown;
  pyimport(name: string): unknown;
  setInterruptBuffer(buffer: Int32Array): void;
  makeMemorySnapshot(): Uint8Array;
  /** The Emscripten module (wasm memory, exports, stack); not part of Pyodide's public API. */
  _module: unknown;
}

/**
 * Writes the harness into the in-memory file system (memory snapshots keep the wasm heap but not these
 * files) and imports it. Returns the Python version.
 */
export function loadHarness(py: PyodideLike, files: { name: string; text: string }[]): string {
  py.FS.mkdirTree(HARNESS_DIR);
  for (const file of files) py.FS.writeFile(`${HARNESS_DIR}/${file.name}`, file.text);
  return String(
    py.runPython(
      `import sys\nif ${JSON.stringify(HARNESS_DIR)} not in sys.path: sys.path.insert(0, ${JSON.stringify(HARNESS_DIR)})\n` +
        'import semtrace_pyodide\nsemtrace_pyodide.preload()\nsemtrace_pyodide.python_version()',
    ),
  );
}
