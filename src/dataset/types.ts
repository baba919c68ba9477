/**
 * The records a dataset build writes, and the manifest that describes a build. These types are the
 * contract between the builder, the evaluation harness (which reads splits) and the viewer.
 */

import type { DebugActionName } from '../debug/types.js';
import type {
  BackendName,
  EntryMode,
  ExceptionInfo,
  ProgramInput,
  RunStatus,
  TraceStep,
} from '../engine/types.js';
import type { FormatName } from '../formats/types.js';

export const SPLITS = ['train', 'dev', 'test'] as const;
export type Split = (typeof SPLITS)[number];

/** Curriculum stages after CodeExecutor: one-line transformations, tutorial programs, contest programs. */
export const LEVELS = ['single-line', 'tutorial', 'contest'] as const;
export type Level = (typeof LEVELS)[number];

/** How a sample's program was fed: its stdin (script mode) or the call it ran (call mode). */
export type SampleInput = ProgramInput;

/** The program mutation a sample carries (absent for the original program). */
export interface SampleMutation {
  /** Mutant id from the mutation engine (stable for the original program and the edits). */
  id: string;
  /** Operator code names, one per edit (one entry for a first-order mutant). */
  operators: string[];
  /** 1-based line and 0-based UTF-8 byte column of the first edit. */
  line: number;
  column: number;
  original: string;
  replacement: string;
  /** The program before mutation, so a reader can show the edit without the original sample. */
  originalCode: string;
  /** True when the mutant's observable behaviour (status, output, return value) equals the original's. */
  equivalentBehaviour: boolean;
}

/** The observable result of the run, without the trace. */
export interface SampleOutput {
  stdout: string;
  returnRepr: string | null;
  returnType: string | null;
  exception: Pick<ExceptionInfo, 'type' | 'message' | 'line'> | null;
}

/** Names of the renderers in `src/formats` (see docs/formats.md). */
export type { FormatName };

/**
 * One training sample: a program, one input, and what CPython really did with it. Records hold no
 * timings, dates or host details, so the same build on the same backend gives byte-identical records.
 */
export interface Sample {
  /** Content-derived: first 16 hex digits of sha256 over backend, python, code, mode and input. */
  id: string;
  /** Stable id of the source program all variants of it share (splits are made on this). */
  sourceId: string;
  split: Split;
  level: Level;
  code: string;
  mode: EntryMode;
  input: SampleInput;
  /** `source` when the input came with the program, `mutated` when input mutation made it. */
  inputOrigin: 'source' | 'mutated';
  mutation: SampleMutation | null;
  python: string;
  backend: BackendName;
  status: RunStatus;
  output: SampleOutput;
  /** The canonical trace, exactly as the engine recorded it. */
  trace: TraceStep[];
  traceLength: number;
  /** Requested renders by format name; a format that does not apply to a sample is absent. */
  renders: Partial<Record<FormatName, string>>;
}

/** One file of the finished dataset, as listed in the manifest. */
export interface ShardInfo {
  /** Path relative to the output directory, posix separators, e.g. `data/train-00000-of-00002.parquet`. */
  path: string;
  split: Split;
  format: 'jsonl' | 'jsonl.gz' | 'parquet';
  records: number;
  bytes: number;
  sha256: string;
}

/** Buckets by edges: `counts[i]` samples have `edges[i] <= traceLength < edges[i + 1]` (last bucket open). */
export interface Histogram {
  edges: number[];
  counts: number[];
}

/** Counts per reason a source record could not be used, and the first few records listed. */
export interface SourceProblem {
  /** Source file, relative to where the user pointed the build (or as given). */
  path: string;
  /** 1-based line for JSONL records. */
  line?: number;
  reason: 'unreadable' | 'not_utf8' | 'bad_json' | 'bad_record' | 'syntax_error' | 'empty';
  message: string;
}

/** How a build chose the `debugger` / `debugger-json` samples: the sampling policy, every field resolved. */
export interface BuildDebugPolicy {
  actions: DebugActionName[];
  /** Samples per action per execution. */
  perAction: number;
  /** Breakpoints set at random lines that run, per execution. */
  breakpoints: number;
  /** Every sample asks for the earlier state given the later one. */
  inverse: boolean;
  seed: number;
}

/** `manifest.json` at the root of a built dataset: how it was built and what it holds. */
export interface Manifest {
  formatVersion: 1;
  semtrace: string;
  /** Everything that determines the records; a resumed build must have the same config. */
  config: {
    sources: string[];
    demo: boolean;
    seed: number;
    mutantsPerProgram: number;
    inputsPerProgram: number;
    mutationOrder: number;
    operators: string[] | null;
    formats: FormatName[];
    /**
     * Only when `formats` has `debugger` or `debugger-json`: then it changes the records. Absent otherwise,
     * so the config (and its hash) of a build without them is what it was before the policy was recorded.
     */
    debugPolicy?: BuildDebugPolicy;
    backend: BackendName;
    splitRatios: Record<Split, number>;
    minTraceLength: number;
    maxTraceLength: number;
    keepEquivalentMutants: boolean;
    checkDeterminism: boolean;
    dedupeByTrace: boolean;
    decontaminate: string | null;
    decontaminateThreshold: number;
    gzip: boolean;
    parquet: boolean;
    shardSize: number;
    limits: Record<string, number>;
  };
  environment: {
    python: string;
    backend: BackendName;
    isolation: string;
    node: string;
    platform: string;
    workers: number;
  };
  run: { startedAt: string; finishedAt: string; wallMs: number; resumedChunks: number };
  counts: {
    sourcePrograms: number;
    sourceInputs: number;
    sourceProblems: Record<string, number>;
    /**
     * `planned`, `executed`, `written`: runs (samples) remaining after that stage. `filtered`,
     * `deduplicated` (by trace; program + input duplicates are never planned) and `decontaminated`
     * (programs): how many that stage removed.
     */
    stages: Record<
      'planned' | 'executed' | 'filtered' | 'deduplicated' | 'decontaminated' | 'written',
      number
    >;
    filtered: Record<string, number>;
    deduplicated: Record<'programInput' | 'trace', number>;
    decontaminatedPrograms: number;
    equivalentMutants: { found: number; dropped: number };
    perSplit: Record<Split, { samples: number; sources: number }>;
    perLevel: Record<Level, number>;
    perOperator: Record<string, { planned: number; written: number }>;
    perStatus: Record<string, number>;
    traceLength: Histogram;
  };
  /** The first problems found in the sources (all of them are counted in `counts.sourceProblems`). */
  sourceProblems: SourceProblem[];
  shards: ShardInfo[];
}
