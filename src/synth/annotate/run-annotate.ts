/**
 * `semtrace annotate`, the library call: forward and backward monologues for each (program, input),
 * verified by execution and claim by claim against the real trace, with rejection sampling. Writes
 * `annotations.jsonl` (everything), `semcoder.jsonl` (SemCoder's layout), `chat.jsonl` and `manifest.json`.
 */
import { join } from 'node:path';
import type { BackendName } from '../../engine/types.js';
import type { SamplingParams } from '../../eval/client/types.js';
import { createScorer } from '../../eval/score/scorer.js';
import { writeJsonlAtomic } from '../common/journal.js';
import type { ModelConfig } from '../common/model.js';
import {
  manifestHead,
  modelFingerprintParts,
  type PipelineHooks,
  requestCounts,
  withPipelineSession,
} from '../common/pipeline-session.js';
import { readProgramRecords } from '../common/program-records.js';
import { fingerprintOf, prepareRunFolder, writeJsonAtomic } from '../common/run-folder.js';
import { runUnits } from '../common/run-units.js';
import { loadPipelineTemplate } from '../common/templates.js';
import {
  type AnnotateEntry,
  type AnnotateUnit,
  annotateUnit,
  type Requirement,
  unitKey,
} from './annotate-unit.js';
import { toChatRows, toSemcoderRow } from './layouts.js';
import { summarizeAnnotate } from './summarize.js';

export interface AnnotateConfig {
  programs: string;
  outDir: string;
  model: ModelConfig;
  sampling: Omit<SamplingParams, 'n'>;
  /** Monologues asked per item and direction at most (rejection sampling). */
  attempts: number;
  require: Requirement;
  /** Inputs of each program to annotate (its first ones). */
  inputsPerProgram: number;
  concurrency: number;
  backend: BackendName;
  workers: number;
  timeoutMs: number;
  templateDir?: string;
}

export const ANNOTATE_DEFAULTS = {
  sampling: {},
  attempts: 3,
  require: 'answer+claims' as Requirement,
  inputsPerProgram: 1,
  concurrency: 4,
  timeoutMs: 3000,
};

export async function runAnnotate(config: AnnotateConfig, hooks: PipelineHooks = {}) {
  const log = hooks.log ?? (() => {});
  const forwardTemplate = loadPipelineTemplate('annotate-forward', config.templateDir);
  const backwardTemplate = loadPipelineTemplate('annotate-backward', config.templateDir);
  const programs = await readProgramRecords(config.programs, log);
  const units: AnnotateUnit[] = programs.flatMap((program) =>
    program.calls.slice(0, config.inputsPerProgram).map((_, inputIndex) => ({ program, inputIndex })),
  );
  prepareRunFolder(
    config.outDir,
    'annotate',
    fingerprintOf([
      ...modelFingerprintParts(config.model),
      config.sampling,
      config.attempts,
      config.require,
      [...forwardTemplate.file.sections],
      [...backwardTemplate.file.sections],
    ]),
  );
  const paths = {
    journal: join(config.outDir, 'annotate.journal.jsonl'),
    annotations: join(config.outDir, 'annotations.jsonl'),
    semcoder: join(config.outDir, 'semcoder.jsonl'),
    chat: join(config.outDir, 'chat.jsonl'),
    manifest: join(config.outDir, 'manifest.json'),
  };
  return withPipelineSession(config, log, async (session) => {
    const { model, engine } = session;
    const outputScorer = await createScorer('output', { engine });
    const inputScorer = await createScorer('input', { engine });
    try {
      const loop = await runUnits<AnnotateUnit, AnnotateEntry>({
        units,
        keyOf: unitKey,
        journal: paths.journal,
        concurrency: config.concurrency,
        work: (unit) =>
          annotateUnit(unit, {
            engine,
            completer: model.completer,
            forwardTemplate,
            backwardTemplate,
            outputScorer,
            inputScorer,
            sampling: config.sampling,
            attempts: config.attempts,
            require: config.require,
            limits: { timeoutMs: config.timeoutMs },
          }),
        counters: (entries) => ({
          'fwd kept': entries.filter((e) => e.forward.accepted !== null).length,
          'bwd kept': entries.filter((e) => e.backward.accepted !== null).length,
          requests: model.stats.requests,
          'cache hits': model.stats.cacheHits,
        }),
        onProgress: hooks.onProgress,
        log,
      });
      const summary = summarizeAnnotate(loop.entries);
      const semcoder = loop.entries.map(toSemcoderRow).filter((row) => row !== null);
      const chat = loop.entries.flatMap(toChatRows);
      writeJsonlAtomic(paths.annotations, loop.entries);
      writeJsonlAtomic(paths.semcoder, semcoder);
      writeJsonlAtomic(paths.chat, chat);
      const manifest = {
        ...manifestHead('annotate', config.model, session),
        settings: {
          attempts: config.attempts,
          require: config.require,
          inputsPerProgram: config.inputsPerProgram,
        },
        counts: {
          programs: programs.length,
          items: units.length,
          done: loop.entries.length,
          failed: loop.failed,
          semcoderRows: semcoder.length,
          chatRows: chat.length,
        },
        ...summary,
        requests: requestCounts(model.stats, loop.resumed),
      };
      writeJsonAtomic(paths.manifest, manifest);
      return { entries: loop.entries, manifest, paths };
    } finally {
      await outputScorer.close();
      await inputScorer.close();
    }
  });
}
