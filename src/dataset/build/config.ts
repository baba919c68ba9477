/** Build options as a user gives them, resolved into the full configuration that determines the records. */
import { createHash } from 'node:crypto';
import type { DebugSamplingPolicy } from '../../debug/sampling.js';
import { DEFAULT_LIMITS } from '../../engine/limits.js';
import type { BackendName, RunLimits } from '../../engine/types.js';
import { SemtraceError } from '../../errors.js';
import { FORMAT_NAMES, RENDERERS } from '../../formats/index.js';
import { listOperators } from '../../mutate/program/index.js';
import { type FormatName, type Manifest, SPLITS, type Split } from '../types.js';
import { resolveBuildDebugPolicy } from './debug-policy.js';
import { integer } from './option-checks.js';

/** Every renderer in `src/formats`, in registry order. */
export const ALL_FORMATS: readonly FormatName[] = FORMAT_NAMES;

/**
 * What a build renders when no formats are given: every format but semtrace's richer `-full` variants
 * and the debugger samples, which are built only on request.
 */
export const DEFAULT_FORMATS: readonly FormatName[] = RENDERERS.filter(
  (renderer) => !renderer.variantOf && !renderer.onRequest,
).map((renderer) => renderer.name);

export interface BuildOptions {
  /** Folders, `.py` files, JSONL or CRUXEval files (see docs/dataset.md). */
  sources?: string[];
  /** Build from the bundled starter corpus instead of (or besides) `sources`. */
  demo?: boolean;
  out: string;
  seed?: number;
  /** Program mutants per source program (default 3; 0 for none). */
  mutantsPerProgram?: number;
  /** Extra inputs made by type-aware input mutation per source input (default 1; 0 for none). */
  inputsPerProgram?: number;
  mutationOrder?: number;
  operators?: string[] | null;
  formats?: FormatName[];
  /**
   * How the `debugger` and `debugger-json` formats pick their samples (default: step, next, finish,
   * continue, until; 2 per action; 2 breakpoints; not inverse; the build's seed). Only with one of them
   * in `formats`.
   */
  debugPolicy?: DebugSamplingPolicy;
  backend?: BackendName;
  workers?: number;
  splitRatios?: Record<Split, number>;
  minTraceLength?: number;
  maxTraceLength?: number;
  keepEquivalentMutants?: boolean;
  checkDeterminism?: boolean;
  dedupeByTrace?: boolean;
  decontaminate?: string | null;
  decontaminateThreshold?: number;
  gzip?: boolean;
  parquet?: boolean;
  shardSize?: number;
  limits?: RunLimits;
  /** Source programs per resumable chunk (default 8). Does not change the records. */
  chunkSize?: number;
}

export type BuildConfig = Manifest['config'];

const DEFAULT_RATIOS: Record<Split, number> = { train: 0.8, dev: 0.1, test: 0.1 };

/** The per-program time limit of a build: shorter than for interactive runs. */
const BUILD_TIMEOUT_MS = 2_000;

export function resolveConfig(options: BuildOptions): BuildConfig {
  const sources = options.sources ?? [];
  if (sources.length === 0 && !options.demo) {
    throw new SemtraceError(
      'SEMTRACE_BAD_OPTION',
      'give at least one source (a folder, .py, .jsonl or CRUXEval file), or --demo',
    );
  }
  const formats = options.formats ?? DEFAULT_FORMATS;
  for (const format of formats) {
    if (!ALL_FORMATS.includes(format)) {
      throw new SemtraceError(
        'SEMTRACE_UNKNOWN_FORMAT',
        `unknown format '${format}'; choose from ${ALL_FORMATS.join(', ')}`,
      );
    }
  }
  const operators = options.operators ?? null;
  if (operators) {
    const known = new Set(listOperators().map((operator) => operator.name));
    const unknown = operators.filter((name) => !known.has(name));
    if (unknown.length > 0) {
      throw new SemtraceError(
        'SEMTRACE_UNKNOWN_OPERATOR',
        `unknown operator(s) ${unknown.join(', ')}; see \`semtrace mutate --list-operators\``,
      );
    }
  }
  const splitRatios = options.splitRatios ?? DEFAULT_RATIOS;
  const total = SPLITS.reduce((sum, split) => sum + (splitRatios[split] ?? 0), 0);
  if (SPLITS.some((split) => !(splitRatios[split] >= 0)) || Math.abs(total - 1) > 1e-9) {
    throw new SemtraceError(
      'SEMTRACE_BAD_OPTION',
      `split ratios must be ≥ 0 and sum to 1, got ${JSON.stringify(splitRatios)}`,
    );
  }
  const seed = integer('seed', options.seed ?? 0, 0);
  const debugPolicy = resolveBuildDebugPolicy(options.debugPolicy, formats, seed);
  const config: BuildConfig = {
    sources,
    demo: options.demo ?? false,
    seed,
    mutantsPerProgram: integer('mutants-per-program', options.mutantsPerProgram ?? 3, 0),
    inputsPerProgram: integer('inputs-per-program', options.inputsPerProgram ?? 1, 0),
    mutationOrder: integer('mutation-order', options.mutationOrder ?? 1, 1),
    operators,
    formats: [...formats],
    ...(debugPolicy ? { debugPolicy } : {}),
    backend: options.backend ?? 'pyodide',
    splitRatios: { ...splitRatios },
    minTraceLength: integer('min-trace-length', options.minTraceLength ?? 1, 0),
    maxTraceLength: integer('max-trace-length', options.maxTraceLength ?? 5_000, 1),
    keepEquivalentMutants: options.keepEquivalentMutants ?? false,
    checkDeterminism: options.checkDeterminism ?? true,
    dedupeByTrace: options.dedupeByTrace ?? false,
    decontaminate: options.decontaminate ?? null,
    decontaminateThreshold: options.decontaminateThreshold ?? 0.8,
    gzip: options.gzip ?? false,
    parquet: options.parquet ?? true,
    shardSize: integer('shard-size', options.shardSize ?? 1_000, 1),
    limits: buildLimits(options),
  };
  if (config.minTraceLength > config.maxTraceLength) {
    throw new SemtraceError(
      'SEMTRACE_BAD_OPTION',
      `--min-trace-length (${config.minTraceLength}) is above --max-trace-length (${config.maxTraceLength})`,
    );
  }
  return config;
}

/**
 * A run longer than --max-trace-length is dropped anyway, so by default the engine stops it one step
 * past the bound (counted as `step_limit`) instead of tracing an endless mutant to a far larger limit.
 */
function buildLimits(options: BuildOptions): Record<string, number> {
  const maxSteps = (options.maxTraceLength ?? 5_000) + 1;
  return { ...DEFAULT_LIMITS, timeoutMs: BUILD_TIMEOUT_MS, maxSteps, ...(options.limits ?? {}) } as Record<
    string,
    number
  >;
}

/** Identifies a configuration: a resumed build must have the same one (chunk size excluded: it changes no record). */
export function configHash(config: BuildConfig, python: string): string {
  return createHash('sha256').update(JSON.stringify({ config, python })).digest('hex').slice(0, 16);
}
