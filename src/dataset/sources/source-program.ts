import type { EntryMode } from '../../engine/types.js';
import type { Level, SampleInput, SourceProblem } from '../types.js';

/** One program of a source corpus with the inputs it came with. */
export interface SourceProgram {
  /**
   * Stable across machines and runs: `<root folder name>/<path inside it without .py>` for folders,
   * `<file name without extension>:<id or line>` for JSONL. Splits are made on it.
   */
  sourceId: string;
  code: string;
  mode: EntryMode;
  /** At least one: `{stdin}` for scripts, `{call}` for call mode. */
  inputs: SampleInput[];
  /** When the source states it (a level folder, or a `level` field). */
  level?: Level;
  /** Where it came from: the path as the user gave it joined with the part inside it; JSONL line (1-based). */
  origin: { path: string; line?: number };
}

export interface ReadSourcesOptions {
  /** Called for every record that is skipped (or used with a caveat); reading always goes on. */
  onProblem?(problem: SourceProblem): void;
}

export type ReportProblem = (problem: SourceProblem) => void;
