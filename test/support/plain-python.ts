/**
 * Running a program without semtrace, as the ground truth to compare against: plain `python3 <program>`
 * (the file is literally named `<program>`, the name semtrace compiles programs under, so `__file__`,
 * `sys.argv` and tracebacks read the same) and the independent reference tracer.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { resolvePython } from '../../src/engine/native/resolve-python.js';
import { repoRoot } from './paths.js';

/** The interpreter itself, not a version manager's shim (a shim costs a shell start, ≈ 0.4 s a run). */
let python3: string | undefined;
const defaultPython = (): string => {
  python3 ??= resolvePython('python3').executable;
  return python3;
};

export interface PlainRun {
  stdout: string;
  stderr: string;
  /** Process exit status. */
  status: number;
}

/** Same hash seed as semtrace's workers; UTF-8 streams as in its harness. */
const ENV = {
  ...process.env,
  PYTHONHASHSEED: '0',
  PYTHONIOENCODING: 'utf-8',
  PYTHONDONTWRITEBYTECODE: '1',
  PYTHONNOUSERSITE: '1',
};

function withProgramFile<T>(code: string, use: (dir: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), 'semtrace-plain-'));
  try {
    writeFileSync(join(dir, '<program>'), code);
    return use(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function runPlain(code: string, stdin = '', python = defaultPython()): PlainRun {
  return withProgramFile(code, (dir) => {
    const run = spawnSync(python, ['-s', '<program>'], {
      cwd: dir,
      input: stdin,
      encoding: 'utf8',
      env: ENV,
      timeout: 30_000,
      maxBuffer: 1 << 26,
    });
    if (run.error) throw run.error;
    // python3 makes the main script's path absolute (__file__, tracebacks, warnings): the temporary
    // folder is where this test put the file, not part of what the program does.
    const local = (text: string) => text.split(`${dir}/`).join('');
    return { stdout: local(run.stdout), stderr: local(run.stderr), status: run.status ?? -1 };
  });
}

/** (event, line, function) for every event of the program's frames, from the independent reference tracer. */
export function referenceEvents(
  code: string,
  stdin = '',
  call?: string,
  python = defaultPython(),
): [string, number, string][] {
  return withProgramFile(code, (dir) => {
    const events = join(dir, 'events.json');
    const args = ['-s', `${repoRoot}test/fixtures/reference_tracer.py`, join(dir, '<program>'), events];
    const run = spawnSync(python, call ? [...args, call] : args, {
      cwd: dir,
      input: stdin,
      encoding: 'utf8',
      env: ENV,
      timeout: 30_000,
      maxBuffer: 1 << 26,
    });
    if (run.status !== 0 && !existsSync(events)) throw new Error(`reference tracer failed: ${run.stderr}`);
    return JSON.parse(readFileSync(events, 'utf8'));
  });
}
