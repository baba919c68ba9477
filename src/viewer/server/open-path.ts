/** Decides what `semtrace view PATH` was pointed at, from what is on disk. */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { SemtraceError } from '../../errors.js';
import type { ViewerKind } from '../api-types.js';

export interface ViewerTarget {
  kind: ViewerKind;
  /** Absolute or caller-relative path; absent for the playground. */
  path?: string;
  title: string;
}

const WHAT_WORKS =
  'semtrace view accepts a Python program (.py), a result JSON from `semtrace run --json`, a dataset ' +
  'directory from `semtrace build` (with manifest.json), a `semtrace synth` / `annotate` / `debugdata` folder, an evaluation run directory from `semtrace eval` ' +
  '(with summary.json and results.jsonl), or nothing for the playground';

/** `semtrace synth`, `annotate` and `debugdata` write a manifest.json that names the command. */
function isPipelineFolder(path: string): boolean {
  try {
    const command = (JSON.parse(readFileSync(join(path, 'manifest.json'), 'utf8')) as { command?: unknown })
      .command;
    return command === 'synth' || command === 'annotate' || command === 'debugdata';
  } catch {
    return false;
  }
}

export function classifyPath(path: string | undefined): ViewerTarget {
  if (path === undefined || path === '') return { kind: 'playground', title: 'playground' };
  if (!existsSync(path)) {
    throw new SemtraceError('SEMTRACE_FILE_NOT_FOUND', `${path} does not exist; check the path`);
  }
  const title = basename(path);
  if (statSync(path).isDirectory()) {
    if (existsSync(join(path, 'manifest.json'))) {
      return { kind: isPipelineFolder(path) ? 'pipeline' : 'dataset', path, title };
    }
    if (existsSync(join(path, 'results.jsonl')) && existsSync(join(path, 'summary.json'))) {
      return { kind: 'eval', path, title };
    }
    throw new SemtraceError(
      'SEMTRACE_VIEW_PATH_UNSUPPORTED',
      `${path} is a directory without manifest.json, or summary.json and results.jsonl. ${WHAT_WORKS}.`,
    );
  }
  if (path.endsWith('.py')) return { kind: 'program', path, title };
  if (path.endsWith('.json')) return { kind: 'result', path, title };
  throw new SemtraceError('SEMTRACE_VIEW_PATH_UNSUPPORTED', `cannot view ${path}: ${WHAT_WORKS}.`);
}
