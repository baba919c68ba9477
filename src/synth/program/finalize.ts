/**
 * The last stage of `semtrace synth`, pure: dedupe kept programs on normalised code (names, comments and
 * layout do not make a new program), drop those too close to a benchmark, and count every stage.
 */
import type { Decontaminator } from '../../dataset/decontaminate/index.js';
import { tokenize } from '../../dataset/decontaminate/tokenize.js';
import { isExecutionFailure, type RejectReason } from './classify-run.js';
import { addTally, emptyTally, type InputTally } from './grow-inputs.js';
import type { SynthEntry, SynthRecord } from './synth-unit.js';

/** SemCoder's figure: share of OSS-Instruct Python samples that did not execute. */
export const SEMCODER_NON_EXECUTABLE_RATE = 0.269;

export interface SynthCounts {
  seeds: number;
  answered: number;
  requestFailed: number;
  withCode: number;
  executed: number;
  deterministic: number;
  testsPassed: number;
  duplicates: number;
  contaminated: number;
  written: number;
  /** Kept programs with fewer than k inputs (an input space too small, or the model could not help). */
  shortOfInputs: number;
  fallbackAsked: number;
}

export interface SynthSummary {
  counts: SynthCounts;
  rejections: Record<string, number>;
  /** Programs that do not run (syntax, exception, timeout…) over answers with code. */
  nonExecutableRate: number | null;
  semcoderNonExecutableRate: number;
  inputs: InputTally & { perProgram: number | null };
  contaminatedMatches: { id: string; match: string | null; similarity: number }[];
}

export function finalizeSynth(
  entries: readonly SynthEntry[],
  options: { seeds: number; requestFailed: number; k: number; decontaminator?: Decontaminator },
): { records: SynthRecord[]; summary: SynthSummary } {
  const rejections: Record<string, number> = {};
  const inputs = emptyTally();
  const seen = new Set<string>();
  const records: SynthRecord[] = [];
  const contaminatedMatches: SynthSummary['contaminatedMatches'] = [];
  let duplicates = 0;
  let nonExecutable = 0;
  let withCode = 0;
  let shortOfInputs = 0;
  let fallbackAsked = 0;
  let deterministicFailures = 0;
  let testsFailed = 0;
  for (const entry of entries) {
    addTally(inputs, entry.inputs);
    if (entry.fallback === 'asked' || entry.fallback === 'failed') fallbackAsked += 1;
    const reason = entry.reason;
    if (reason !== 'no_code' && reason !== 'no_example' && reason !== 'no_entry_point') withCode += 1;
    if (entry.outcome === 'rejected') {
      rejections[reason!] = (rejections[reason!] ?? 0) + 1;
      if (reason !== 'tests_failed' && isExecutionFailure(reason as RejectReason)) nonExecutable += 1;
      if (reason === 'non_deterministic' || reason === 'unrepresentable_output') deterministicFailures += 1;
      if (reason === 'tests_failed') testsFailed += 1;
      continue;
    }
    const record = entry.record!;
    const normalised = tokenize(record.code).join(' ');
    if (seen.has(normalised)) {
      duplicates += 1;
      rejections.duplicate = (rejections.duplicate ?? 0) + 1;
      continue;
    }
    seen.add(normalised);
    const check = options.decontaminator?.check(record.code);
    if (check?.contaminated) {
      rejections.contaminated = (rejections.contaminated ?? 0) + 1;
      contaminatedMatches.push({ id: record.id, match: check.match, similarity: check.similarity });
      continue;
    }
    if (record.inputs.length < options.k) shortOfInputs += 1;
    records.push(record);
  }
  const executed = withCode - nonExecutable;
  const deterministic = executed - deterministicFailures;
  const counts: SynthCounts = {
    seeds: options.seeds,
    answered: entries.length,
    requestFailed: options.requestFailed,
    withCode,
    executed,
    deterministic,
    testsPassed: deterministic - testsFailed,
    duplicates,
    contaminated: contaminatedMatches.length,
    written: records.length,
    shortOfInputs,
    fallbackAsked,
  };
  const totalInputs = records.reduce((sum, record) => sum + record.inputs.length, 0);
  return {
    records,
    summary: {
      counts,
      rejections,
      nonExecutableRate: withCode ? nonExecutable / withCode : null,
      semcoderNonExecutableRate: SEMCODER_NON_EXECUTABLE_RATE,
      inputs: { ...inputs, perProgram: records.length ? totalInputs / records.length : null },
      contaminatedMatches,
    },
  };
}
