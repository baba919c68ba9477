/**
 * A web worker that loads Pyodide from our own server (the installed `pyodide` package, no network)
 * and the engine's Python harness (semtrace_tracer.py, semtrace_repr.py, semtrace_restore.py, semtrace_pyodide.py), set up
 * exactly as the engine's Pyodide backend sets up its interpreter, so a program traced here gives the
 * same trace as `createEngine({ backend: 'pyodide' })`.
 */
import type { FromWorker, ToWorker } from './worker-protocol.js';

interface PyodideApi {
  FS: { mkdirTree(path: string): void; writeFile(path: string, data: string): void };
  runPython(code: string): unknown;
  pyimport(name: string): unknown;
  setInterruptBuffer(buffer: Int32Array): void;
}

const HARNESS_DIR = '/semtrace';
const HARNESS_FILES = [
  'semtrace_repr.py',
  'semtrace_tracer.py',
  'semtrace_restore.py',
  'semtrace_pyodide.py',
];

const scope = self as unknown as {
  postMessage(message: FromWorker): void;
  onmessage: ((event: MessageEvent<ToWorker>) => void) | null;
  location: Location;
};

let runJson: ((request: string) => string) | undefined;

async function start(interruptBuffer: SharedArrayBuffer | null): Promise<void> {
  const started = performance.now();
  const moduleUrl = new URL('/pyodide/pyodide.mjs', scope.location.origin).href;
  const { loadPyodide } = (await import(/* @vite-ignore */ moduleUrl)) as {
    loadPyodide(options: object): Promise<PyodideApi>;
  };
  const quiet = () => {};
  // The engine runs Python with PYTHONHASHSEED=0 so that set and dict orders are reproducible.
  const py = await loadPyodide({
    indexURL: '/pyodide/',
    env: { PYTHONHASHSEED: '0' },
    stdout: quiet,
    stderr: quiet,
  });
  const files = await Promise.all(
    HARNESS_FILES.map(async (name) => {
      const response = await fetch(`/harness/${name}`);
      if (!response.ok) throw new Error(`cannot load the tracer harness ${name}: HTTP ${response.status}`);
      return { name, text: await response.text() };
    }),
  );
  py.FS.mkdirTree(HARNESS_DIR);
  for (const file of files) py.FS.writeFile(`${HARNESS_DIR}/${file.name}`, file.text);
  const python = String(
    py.runPython(
      `import sys\nif ${JSON.stringify(HARNESS_DIR)} not in sys.path: sys.path.insert(0, ${JSON.stringify(HARNESS_DIR)})\n` +
        'import semtrace_pyodide\nsemtrace_pyodide.preload()\nsemtrace_pyodide.python_version()',
    ),
  );
  if (interruptBuffer) py.setInterruptBuffer(new Int32Array(interruptBuffer));
  const harness = py.pyimport('semtrace_pyodide') as { install(): (request: string) => string };
  runJson = harness.install();
  scope.postMessage({ type: 'ready', python, loadMs: performance.now() - started });
}

scope.onmessage = (event) => {
  const message = event.data;
  if (message.type === 'start') {
    start(message.interruptBuffer).catch((error: unknown) =>
      scope.postMessage({ type: 'failed', id: null, message: `loading Python failed: ${String(error)}` }),
    );
    return;
  }
  if (!runJson) {
    scope.postMessage({ type: 'failed', id: message.id, message: 'Python is not loaded yet' });
    return;
  }
  try {
    const answer = runJson(message.request);
    scope.postMessage({
      type: 'result',
      id: message.id,
      json: answer.slice(1),
      dirty: answer.startsWith('1'),
    });
  } catch (error) {
    scope.postMessage({ type: 'failed', id: message.id, message: String(error) });
  }
};
