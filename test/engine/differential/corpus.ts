/**
 * The differential corpus (test/fixtures/differential/): real programs, each with what makes it special
 * recorded in manifest.json, and the comparison of a semtrace result with a plain `python3` run.
 */
import { readdirSync, readFileSync } from 'node:fs';
import type { RunResult } from '../../../src/engine/types.js';
import { repoRoot } from '../../support/paths.js';
import type { PlainRun } from '../../support/plain-python.js';

export const corpusDir = `${repoRoot}test/fixtures/differential/`;

export interface ProgramNotes {
  stdin?: string;
  /** Why the reference tracer's events are not compared (it cannot follow the program there). */
  events?: string;
  /** The program's own nondeterminism (time, id(), entropy): its results may differ between runs. */
  nondeterministic?: string;
  /** A documented difference between native semtrace and plain python3 (same version). */
  native?: string;
  /** A documented version difference: Pyodide's CPython 3.14 prints something else than python3 3.11. */
  pyodide?: string;
}

export interface CorpusProgram extends ProgramNotes {
  name: string;
  code: string;
}

export function loadCorpus(): CorpusProgram[] {
  const manifest = JSON.parse(readFileSync(`${corpusDir}manifest.json`, 'utf8')) as {
    programs: Record<string, ProgramNotes>;
  };
  const names = readdirSync(corpusDir)
    .filter((name) => name.endsWith('.py'))
    .sort();
  for (const listed of Object.keys(manifest.programs)) {
    if (!names.includes(listed)) throw new Error(`manifest.json names a missing program: ${listed}`);
  }
  return names.map((name) => ({
    name,
    code: readFileSync(`${corpusDir}${name}`, 'utf8'),
    ...manifest.programs[name],
  }));
}

/** What a run shows to the outside, in the terms a plain python3 run has. */
export interface Outputs {
  stdout: string;
  /** The program's own writes to stderr (without the interpreter's traceback). */
  stderr: string;
  exitStatus: number;
  /** The last line of the traceback python3 prints (`KeyError: 'x'`), or null. */
  errorLine: string | null;
  /** (line, function) of the program's frames in that traceback, outermost first. */
  frames: string[];
}

function exitStatusOf(result: RunResult): number {
  if (result.status === 'ok') return 0;
  if (result.exception?.type === 'SystemExit') {
    const code = result.exception.message;
    return /^-?\d+$/.test(code) ? Number(code) & 0xff : 1;
  }
  return 1;
}

export function semtraceOutputs(result: RunResult): Outputs {
  const error = result.exception;
  let errorLine: string | null = null;
  if (error && error.type !== 'SystemExit') {
    errorLine = error.message ? `${error.type}: ${error.message}` : error.type;
  }
  const frames =
    error && error.type !== 'SystemExit' ? error.traceback.map((f) => `${f.line} ${f.func}`) : [];
  let stderr = result.stderr;
  // sys.exit("text") prints the text at exit; semtrace reports it in exception.message instead.
  if (error?.type === 'SystemExit' && error.message && !/^-?\d+$/.test(error.message)) {
    stderr = `${stderr}${error.message}\n`;
  }
  return { stdout: result.stdout, stderr, exitStatus: exitStatusOf(result), errorLine, frames };
}

/**
 * Splits python3's stderr into the program's own writes and the traceback it printed for an uncaught
 * exception, guided by semtrace's reading of the same run (where the traceback sits between the program's
 * writes before it and the exit-time writes after it).
 */
export function plainOutputs(plain: PlainRun, ours: Outputs): Outputs {
  const base = { stdout: plain.stdout, exitStatus: plain.status };
  if (ours.errorLine === null || plain.status === 0) {
    return { ...base, stderr: plain.stderr, errorLine: null, frames: [] };
  }
  const text = plain.stderr;
  let start = 0;
  while (start < text.length && start < ours.stderr.length && text[start] === ours.stderr[start]) start++;
  // Back to the start of the traceback header if the program's text shared its first characters.
  const header = text.lastIndexOf('Traceback (most recent call last):\n', start);
  const fileLine = text.lastIndexOf('  File "<program>"', start);
  if (header >= 0 && text.slice(header, start) === ours.stderr.slice(header, start)) start = header;
  else if (fileLine >= 0 && text.slice(fileLine, start) === ours.stderr.slice(fileLine, start))
    start = fileLine;
  const lines = text.slice(start).split('\n');
  let end = -1;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (line === ours.errorLine || line.endsWith(`.${ours.errorLine}`)) {
      end = i;
      break;
    }
  }
  if (end < 0) {
    // The exception line differs: report python3's last non-indented line of the block.
    const last = lines.findLast((line) => line && !line.startsWith(' ') && !line.startsWith('Traceback'));
    return { ...base, stderr: text, errorLine: last ?? null, frames: [] };
  }
  const block = lines.slice(0, end + 1);
  const lastHeader = block.lastIndexOf('Traceback (most recent call last):');
  const frames: string[] = [];
  for (const line of block.slice(Math.max(lastHeader, 0))) {
    const match = /^ {2}File "<program>", line (\d+), in (.+)$/.exec(line);
    if (match) frames.push(`${match[1]} ${match[2]}`);
    // python3 prints a frame repeated more than three times once, with how many more times it ran.
    const repeated = /^ {2}\[Previous line repeated (\d+) more times?\]$/.exec(line);
    const last = frames.at(-1);
    if (repeated && last) for (let n = Number(repeated[1]); n > 0; n--) frames.push(last);
  }
  const rest = lines.slice(end + 1).join('\n');
  const errorLine = (block[end] ?? '').endsWith(`.${ours.errorLine}`) ? ours.errorLine : (block[end] ?? null);
  return { ...base, stderr: text.slice(0, start) + rest, errorLine, frames };
}

/** A result without the trace: what `trace: false` must reproduce exactly. */
export function withoutTrace(result: RunResult): string {
  const { steps: _steps, stepCount: _count, timings: _timings, ...rest } = result;
  return JSON.stringify(rest);
}
