/**
 * `semtrace synth`, the library call: seeds → model-written programs that really run, with k inputs and
 * asserts from real runs each, deduplicated and decontaminated, in `programs.jsonl` (a source
 * `semtrace build` reads) with `manifest.json` counting every stage. Resumable through `synth.journal.jsonl`.
 */
import { join } from 'node:path';
import { type Decontaminator, loadDecontaminator } from '../dataset/decontaminate/index.js';
import type { BackendName } from '../engine/types.js';
import type { SamplingParams } from '../eval/client/types.js';
import { writeJsonlAtomic } from './common/journal.js';
import type { ModelConfig } from './common/model.js';
import {
  manifestHead,
  modelFingerprintParts,
  type PipelineHooks,
  requestCounts,
  withPipelineSession,
} from './common/pipeline-session.js';
import { fingerprintOf, prepareRunFolder, writeJsonAtomic } from './common/run-folder.js';
import { runUnits } from './common/run-units.js';
import { loadPipelineTemplate } from './common/templates.js';
import { finalizeSynth, type SynthSummary } from './program/finalize.js';
import { type SynthEntry, type SynthRecord, synthesizeFromSeed } from './program/synth-unit.js';
import { loadSeeds } from './seeds.js';

export interface SynthConfig {
  seeds: string[];
  outDir: string;
  model: ModelConfig;
  sampling: Omit<SamplingParams, 'n'>;
  /** Inputs wanted per program (default 5). */
  k: number;
  /** Ask the model for more inputs when mutation gives fewer than k. */
  fallback: boolean;
  limit?: number;
  concurrency: number;
  backend: BackendName;
  workers: number;
  /** Wall-clock limit of one run of a model-written program. */
  timeoutMs: number;
  /** Benchmark to decontaminate against (JSONL with `code`, or .py files). */
  benchmark?: string;
  threshold?: number;
  templateDir?: string;
  /** Seed of the input mutator. */
  seed: number;
}

export interface SynthOutcome {
  records: SynthRecord[];
  summary: SynthSummary;
  paths: { programs: string; manifest: string; journal: string };
}

export async function runSynth(config: SynthConfig, hooks: PipelineHooks = {}): Promise<SynthOutcome> {
  const log = hooks.log ?? (() => {});
  const programTemplate = loadPipelineTemplate('synth-program', config.templateDir);
  const inputsTemplate = loadPipelineTemplate('synth-inputs', config.templateDir);
  const { seeds, problems } = await loadSeeds(config.seeds, config.limit);
  for (const problem of problems) log(problem);
  const fingerprint = fingerprintOf([
    ...modelFingerprintParts(config.model),
    config.sampling,
    config.k,
    config.fallback,
    config.seed,
    config.timeoutMs,
    [...programTemplate.file.sections],
    [...inputsTemplate.file.sections],
  ]);
  prepareRunFolder(config.outDir, 'synth', fingerprint);
  const paths = {
    programs: join(config.outDir, 'programs.jsonl'),
    manifest: join(config.outDir, 'manifest.json'),
    journal: join(config.outDir, 'synth.journal.jsonl'),
  };
  let decontaminator: Decontaminator | undefined;
  if (config.benchmark) {
    decontaminator = await loadDecontaminator(config.benchmark, {
      threshold: config.threshold,
      onProblem: (p) => log(p.message),
    });
  }

  return withPipelineSession(config, log, async (session) => {
    const { model, engine } = session;
    const limits = { timeoutMs: config.timeoutMs };
    const loop = await runUnits<(typeof seeds)[number], SynthEntry>({
      units: seeds,
      keyOf: (seed) => seed.id,
      journal: paths.journal,
      concurrency: config.concurrency,
      work: (seed) =>
        synthesizeFromSeed(seed, {
          engine,
          completer: model.completer,
          programTemplate,
          inputsTemplate,
          sampling: config.sampling,
          k: config.k,
          fallback: config.fallback,
          seed: config.seed,
          limits,
          model: model.modelName,
        }),
      counters: (entries) => ({
        kept: entries.filter((e) => e.outcome === 'kept').length,
        rejected: entries.filter((e) => e.outcome === 'rejected').length,
        requests: model.stats.requests,
        'cache hits': model.stats.cacheHits,
        retries: model.stats.retries,
      }),
      onProgress: hooks.onProgress,
      log,
    });
    const { records, summary } = finalizeSynth(loop.entries, {
      seeds: seeds.length,
      requestFailed: loop.failed,
      k: config.k,
      decontaminator,
    });
    writeJsonlAtomic(paths.programs, records);
    writeJsonAtomic(paths.manifest, {
      ...manifestHead('synth', config.model, session),
      settings: {
        k: config.k,
        fallback: config.fallback,
        sampling: config.sampling,
        timeoutMs: config.timeoutMs,
        mutationSeed: config.seed,
        benchmark: config.benchmark ?? null,
        threshold: decontaminator?.threshold ?? null,
      },
      ...summary,
      requests: requestCounts(model.stats, loop.resumed),
    });
    return { records, summary, paths };
  });
}
