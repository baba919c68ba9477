/**
 * Decontamination: find source programs that are (near) copies of benchmark programs, so a dataset does
 * not teach a model the answers it is evaluated on. Similarity is the containment of the candidate's
 * token 5-grams in the best-matching benchmark program (docs/dataset.md, "Decontamination").
 */
import { SemtraceError } from '../../errors.js';
import type { SourceProblem } from '../types.js';
import { readBenchmarkPrograms } from './benchmark-programs.js';
import { ShingleIndex } from './shingle-index.js';
import { shingleHashes } from './shingles.js';
import { tokenize } from './tokenize.js';

export const DEFAULT_THRESHOLD = 0.8;
export const DEFAULT_NGRAM = 5;

export interface DecontaminatorOptions {
  /** Similarity at or above which a program counts as contaminated, in (0, 1]. Default 0.8. */
  threshold?: number;
  /** Tokens per shingle. Default 5. */
  ngram?: number;
  /** Benchmark records that could not be read (they are skipped). */
  onProblem?(problem: SourceProblem): void;
}

export interface ContaminationCheck {
  contaminated: boolean;
  /** Share of the candidate's distinct shingles found in the best-matching benchmark program, 0…1. */
  similarity: number;
  /** Name of that benchmark program (`cruxeval:sample_12`), or null when no shingle is shared. */
  match: string | null;
}

export interface Decontaminator {
  check(code: string): ContaminationCheck;
  /** Number of benchmark programs indexed. */
  readonly programs: number;
  readonly threshold: number;
  readonly ngram: number;
}

export async function loadDecontaminator(
  benchmarkPath: string,
  options: DecontaminatorOptions = {},
): Promise<Decontaminator> {
  const threshold = options.threshold ?? DEFAULT_THRESHOLD;
  const ngram = options.ngram ?? DEFAULT_NGRAM;
  if (!(threshold > 0 && threshold <= 1)) {
    throw new SemtraceError(
      'SEMTRACE_BAD_OPTION',
      `decontamination threshold must be in (0, 1], got ${threshold}`,
    );
  }
  if (!Number.isInteger(ngram) || ngram < 1) {
    throw new SemtraceError(
      'SEMTRACE_BAD_OPTION',
      `decontamination n-gram size must be a positive integer, got ${ngram}`,
    );
  }

  const index = new ShingleIndex();
  const names: string[] = [];
  for await (const program of readBenchmarkPrograms(benchmarkPath, options.onProblem ?? (() => {}))) {
    index.add(shingleHashes(tokenize(program.code), ngram));
    names.push(program.name);
  }
  if (index.size === 0) {
    throw new SemtraceError(
      'SEMTRACE_BAD_DATA',
      `benchmark ${benchmarkPath} holds no readable programs; it needs records with a "code" field or .py files`,
    );
  }

  return {
    programs: index.size,
    threshold,
    ngram,
    check(code: string): ContaminationCheck {
      const best = index.best(shingleHashes(tokenize(code), ngram));
      return {
        contaminated: best.containment >= threshold,
        similarity: best.containment,
        match: best.program >= 0 ? names[best.program]! : null,
      };
    },
  };
}
