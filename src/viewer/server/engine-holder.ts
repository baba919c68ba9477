/**
 * One engine per viewer, started on first use: a dataset browsed without opening an evaluation item
 * never pays for a Python worker.
 */
import { createEngine, type Engine } from '../../engine/engine.js';
import type { BackendName, RunRequest, RunResult } from '../../engine/types.js';

export class EngineHolder {
  private engine: Promise<Engine> | undefined;

  constructor(private readonly backend: BackendName) {}

  async run(request: RunRequest): Promise<RunResult> {
    this.engine ??= createEngine({ backend: this.backend, workers: 1, warn: () => {} });
    return (await this.engine).run(request);
  }

  async close(): Promise<void> {
    const started = this.engine;
    this.engine = undefined;
    if (started) await (await started).close();
  }
}
