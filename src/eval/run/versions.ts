/** Versions recorded in run.json, read from the installed packages' manifests. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

function versionAt(url: URL | string): string {
  try {
    return (JSON.parse(readFileSync(url, 'utf8')) as { version?: string }).version ?? 'unknown';
  } catch {
    return 'unknown';
  }
}

/** semtrace's own version: package.json three levels up from src/eval/run and dist/eval/run alike. */
export function semtraceVersion(): string {
  return versionAt(new URL('../../../package.json', import.meta.url));
}

export function openaiVersion(): string {
  try {
    const require = createRequire(import.meta.url);
    return versionAt(require.resolve('openai/package.json'));
  } catch {
    return 'unknown';
  }
}
