/** Versions recorded in run.json. */
import { readFileSync } from 'node:fs';
import { VERSION as OPENAI_VERSION } from 'openai/version';

/** semtrace's own version: package.json three levels up from src/eval/run and dist/eval/run alike. */
export function semtraceVersion(): string {
  try {
    const url = new URL('../../../package.json', import.meta.url);
    return (JSON.parse(readFileSync(url, 'utf8')) as { version?: string }).version ?? 'unknown';
  } catch {
    return 'unknown';
  }
}

export function openaiVersion(): string {
  return OPENAI_VERSION;
}
