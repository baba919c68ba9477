/**
 * What every pipeline command (synth, annotate, debugdata) does around its own loop: open the model and
 * an engine and close both however the run ends, fingerprint the model it asks, and write the same head
 * and request counts into its manifest, so the three manifests read alike.
 */
import { createEngine, type Engine } from '../../engine/engine.js';
import type { BackendName } from '../../engine/types.js';
import type { ClientStats } from '../../eval/client/types.js';
import { type ModelConfig, type OpenModel, openModel } from './model.js';
import type { PipelineProgress } from './progress.js';

export interface PipelineHooks {
  onProgress?(progress: PipelineProgress): void;
  log?(message: string): void;
}

export interface PipelineSession {
  model: OpenModel;
  engine: Engine;
}

/** Run `use` with the model and an engine open; both are closed after it (engine first). */
export async function withPipelineSession<T>(
  config: { model: ModelConfig; backend: BackendName; workers: number },
  log: (message: string) => void,
  use: (session: PipelineSession) => Promise<T>,
): Promise<T> {
  const model = await openModel(config.model);
  const engine = await createEngine({ backend: config.backend, workers: config.workers, warn: log });
  try {
    return await use({ model, engine });
  } finally {
    await engine.close();
    await model.close();
  }
}

/**
 * The first parts of a run's fingerprint: which model answers. A replay fingerprints as `replay`, not by
 * the loopback address its server happened to get.
 */
export function modelFingerprintParts(model: ModelConfig): [string, string] {
  return [model.model, model.replay ? 'replay' : model.baseURL];
}

/** The manifest's first fields: the command and what answered and ran it. */
export function manifestHead(command: string, config: ModelConfig, session: PipelineSession) {
  return {
    formatVersion: 1,
    command,
    replay: config.replay !== undefined,
    model: session.model.modelName,
    python: session.engine.info.python,
    backend: session.engine.info.backend,
  };
}

/** The manifest's `requests` field: what the model was asked in this run, and what an earlier run did. */
export function requestCounts(stats: ClientStats, resumedUnits: number) {
  return {
    sent: stats.requests,
    cacheHits: stats.cacheHits,
    retries: stats.retries,
    resumedUnits,
  };
}
