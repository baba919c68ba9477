/** The contract every trace renderer in this folder implements. */

import type { EntryMode, ProgramInput, RunResultCore } from '../engine/types.js';

export type FormatName =
  | 'json'
  | 'codeexecutor'
  | 'next'
  | 'semcoder'
  | 'semcoder-concise'
  | 'cwm'
  | 'cruxeval'
  | 'codeexecutor-full'
  | 'semcoder-full'
  | 'semcoder-full-concise'
  | 'cwm-full'
  | 'debugger'
  | 'debugger-json';

/** What a renderer needs: the program, how it was run, and the engine's result (trace included). */
export interface RenderInput {
  code: string;
  mode: EntryMode;
  input: ProgramInput;
  result: Pick<RunResultCore, 'status' | 'stdout' | 'returnRepr' | 'returnType' | 'exception' | 'steps'>;
}

export interface FormatRenderer {
  name: FormatName;
  /** One line for `--help` and docs. */
  description: string;
  /** The released code whose output this format reproduces (docs/formats.md), when there is one. */
  releasedTool?: string;
  /** For semtrace's richer variant of another format: that format. Variants are built only on request. */
  variantOf?: FormatName;
  /** Built only when `--formats` names it (several samples per run: the dataset would grow by a multiple). */
  onRequest?: boolean;
  /** The rendered text, or null when the format does not apply (e.g. a CRUXEval task for a failed run). */
  render(input: RenderInput): string | null;
}
