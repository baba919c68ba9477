/**
 * The JSON the viewer's server answers with: the contract between the Node server (./server) and the
 * browser app (./app), so this file holds types only: nothing here may import Node modules.
 */
import type { Level, Manifest, Sample, SampleInput, Split } from '../dataset/types.js';
import type { EntryMode, RunResult } from '../engine/types.js';
import type { ItemResult } from '../eval/types.js';
import type { Mutant } from '../mutate/program/types.js';

/** What `semtrace view PATH` opened; the app starts on the matching view. */
export type ViewerKind = 'program' | 'result' | 'dataset' | 'eval' | 'pipeline' | 'playground';

export interface SessionInfo {
  kind: ViewerKind;
  /** File or directory name, for the page title. */
  title: string;
}

/** A program and its traced run (`program`: run by the server; `result`: read from a result JSON). */
export interface ProgramView {
  /** The source, or null for a result JSON opened without `--source`. */
  code: string | null;
  mode: EntryMode;
  input: SampleInput;
  result: RunResult;
}

/** One page of a filtered list, read from disk by the server. */
export interface Page<T> {
  /** Items matching the filter, in file order. */
  total: number;
  offset: number;
  items: T[];
}

/** A dataset sample without its trace and renders: what one row of the sample list shows. */
export interface SampleSummary {
  id: string;
  split: Split;
  level: Level;
  status: Sample['status'];
  traceLength: number;
  /** Operator names of the program mutation, empty for an original program. */
  operators: string[];
  inputOrigin: Sample['inputOrigin'];
  /** First non-blank line of the program, for the list. */
  preview: string;
}

export interface SampleFilter {
  /** Default: the first split that has samples. */
  split?: Split;
  level?: Level;
  operator?: string;
  status?: string;
  minLength?: number;
  maxLength?: number;
  /** Case-insensitive text searched in the program. */
  text?: string;
}

export type DatasetManifest = Manifest;

/** An evaluation item as one row of the item list. */
export interface ItemSummary {
  id: string;
  task: ItemResult['task'];
  /** Verdict of the first sample: `correct` or the reason it was judged wrong. */
  verdict: string;
  correct: boolean;
  level?: string;
  traceLength?: number;
  operator?: string;
  passAt1?: number;
  /** The first extracted answer, cut for the list. */
  answer: string | null;
}

export interface ItemFilter {
  verdict?: string;
  task?: string;
  text?: string;
}

/** An evaluation item with the real run the server re-did for it. */
export interface ItemView {
  item: ItemResult;
  real: RunResult;
}

export interface MutateRequest {
  code: string;
  max?: number;
  operators?: string[];
}

export interface MutateResponse {
  mutants: Mutant[];
}

/** Every error answer: `{error: {code, message}}` with a SemtraceError code where there is one. */
export interface ApiError {
  error: { code: string; message: string };
}

/** A `semtrace synth`, `annotate` or `debugdata` output folder's item as one row of the item list. */
export interface PipelineItemSummary {
  id: string;
  /** One line: the entry point, or the program and call. */
  label: string;
  /** `kept` / the rejection for synth; `fwd ok · bwd no` for annotate; `2/2 fixed` for debugdata. */
  status: string;
  ok: boolean;
}

/** One item of a pipeline folder, with the real run of its call for annotate (claims beside the trace). */
export interface PipelineItemView {
  command: 'synth' | 'annotate' | 'debugdata';
  item: unknown;
  real: RunResult | null;
}
