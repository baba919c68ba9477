/**
 * A pipeline command's output folder: `run.json` holds the fingerprint of the settings that decide the
 * answers, so a rerun resumes only a run made with the same ones (and refuses to mix two runs).
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomicSync } from '../../common/atomic-file.js';
import { SemtraceError } from '../../errors.js';

export function fingerprintOf(parts: unknown): string {
  return createHash('sha256').update(JSON.stringify(parts)).digest('hex').slice(0, 16);
}

/** Create the folder, or check that its earlier run used the same settings. */
export function prepareRunFolder(outDir: string, command: string, fingerprint: string): void {
  mkdirSync(outDir, { recursive: true });
  const path = join(outDir, 'run.json');
  if (existsSync(path)) {
    let previous: { command?: string; fingerprint?: string } = {};
    try {
      previous = JSON.parse(readFileSync(path, 'utf8'));
    } catch {
      // A damaged run.json is rewritten below.
    }
    if (
      previous.command !== undefined &&
      (previous.command !== command || previous.fingerprint !== fingerprint)
    ) {
      throw new SemtraceError(
        'SEMTRACE_OUTPUT_CONFLICT',
        `${outDir} holds a ${previous.command} run made with other settings; give another --out folder or delete it to start over`,
      );
    }
  }
  writeFileAtomicSync(path, `${JSON.stringify({ command, fingerprint }, null, 2)}\n`);
}

export function writeJsonAtomic(path: string, value: unknown): void {
  writeFileAtomicSync(path, `${JSON.stringify(value, null, 2)}\n`);
}
