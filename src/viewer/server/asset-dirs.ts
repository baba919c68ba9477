/** Where the viewer's static files live, both when running from src/ (tests) and from the built dist/. */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { HARNESS_MODULES, harnessSourceDir } from '../../engine/pyodide/harness-files.js';
import { SemtraceError } from '../../errors.js';

const here = dirname(fileURLToPath(import.meta.url));
/** Run from src/ (tests, tsx): src/viewer/app then holds the app's sources, so its build is read from dist/. */
const fromSource = import.meta.url.endsWith('.ts');

/** The built viewer app (dist/viewer/app): beside the compiled server's folder, or the repository's from src/. */
export function appDir(): string {
  const dir = fromSource ? join(here, '..', '..', '..', 'dist', 'viewer', 'app') : join(here, '..', 'app');
  if (!existsSync(join(dir, 'index.html'))) {
    throw new SemtraceError(
      'SEMTRACE_FILE_NOT_FOUND',
      'the viewer app is not built; run `npm run build` (it writes dist/viewer/app)',
    );
  }
  return dir;
}

/** The installed `pyodide` package, whose files the page loads to run Python in the browser. */
export function pyodideDir(): string {
  return dirname(createRequire(import.meta.url).resolve('pyodide/package.json'));
}

/** The Python tracer harness the engine uses, served to the page so both record the same trace. */
export function harnessDir(): string {
  return harnessSourceDir();
}

/** The harness files the page may fetch: exactly those the engine's Pyodide backend loads. */
export const SERVED_HARNESS: readonly string[] = HARNESS_MODULES;
