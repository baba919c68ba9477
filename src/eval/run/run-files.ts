/**
 * run.json, the record of what ran, where and how long, and the guard that keeps a folder to one
 * evaluation. Written atomically: a reader (or a viewer polling the folder) sees a whole old file or a
 * whole new one.
 */
import { existsSync, readFileSync } from 'node:fs';
import { writeFileAtomicSync } from '../../common/atomic-file.js';
import { SemtraceError } from '../../errors.js';
import type { RunInfo, RunPaths } from '../types.js';

/** Refuse to mix results of a different run into this folder. */
export function assertResumable(paths: RunPaths, fingerprint: string): void {
  if (!existsSync(paths.run)) return;
  let previous: Partial<RunInfo>;
  try {
    previous = JSON.parse(readFileSync(paths.run, 'utf8')) as Partial<RunInfo>;
  } catch {
    return;
  }
  if (previous.fingerprint !== undefined && previous.fingerprint !== fingerprint) {
    throw new SemtraceError(
      'SEMTRACE_OUTPUT_CONFLICT',
      `${paths.run} belongs to another evaluation (different task, data, model, sampling or template); ` +
        'choose another --out folder, or delete that one to start over',
    );
  }
}

export function writeRunInfo(paths: RunPaths, info: RunInfo): void {
  writeFileAtomicSync(paths.run, `${JSON.stringify(info, null, 2)}\n`);
}
