import { afterAll, beforeAll } from 'vitest';
import { createEngine, type Engine } from '../../src/engine/engine.js';
import type { RunLimits } from '../../src/engine/types.js';
import type { RenderInput } from '../../src/formats/types.js';
import { loadCruxeval } from '../support/cruxeval.js';

export interface ProgramRun {
  call?: string;
  stdin?: string;
  limits?: RunLimits;
  /** Record variables bound to functions, classes and modules too (the engine hides them by default). */
  showCallables?: boolean;
}

/** Runs a real program through the engine and packs what a renderer needs. */
async function traced(engine: Engine, code: string, run: ProgramRun = {}): Promise<RenderInput> {
  const mode = run.call === undefined ? 'script' : 'call';
  const result = await engine.run({
    code,
    mode,
    call: run.call,
    stdin: run.stdin,
    limits: run.limits,
    showCallables: run.showCallables,
  });
  const input = run.call === undefined ? { stdin: run.stdin } : { call: run.call };
  return { code, mode, input, result };
}

/** 50 CRUXEval programs spread over the whole set (every 16th), run in call mode like the benchmark. */
async function cruxevalSample(engine: Engine): Promise<RenderInput[]> {
  const items = loadCruxeval().filter((_, index) => index % 16 === 0);
  const requests = items.map((item) => ({
    code: item.code,
    mode: 'call' as const,
    call: `f(${item.input})`,
  }));
  const inputs: RenderInput[] = [];
  for await (const { index, result } of engine.runMany(requests)) {
    const item = items[index]!;
    inputs[index] = { code: item.code, mode: 'call', input: { call: `f(${item.input})` }, result };
  }
  return inputs;
}

/** Lines of a program as the tests write them: joined with newlines, with a final newline. */
export function program(...lines: string[]): string {
  return `${lines.join('\n')}\n`;
}

/** `f(xs)` summing a list in a loop: the first program the cwm, next and semcoder tests render. */
export const sumLoop = program(
  'def f(xs):',
  '    total = 0',
  '    for x in xs:',
  '        total += x',
  '    return total',
);

export interface RendererEngine {
  /** Runs a real program through the suite's engine and packs what a renderer needs. */
  traced(code: string, run?: ProgramRun): Promise<RenderInput>;
  /** 50 CRUXEval programs spread over the whole set (every 16th), run in call mode like the benchmark. */
  cruxevalSample(): Promise<RenderInput[]>;
}

/**
 * One native engine (one worker) for the enclosing describe block: started before its tests, closed
 * after them. Call it inside `describe`; the returned functions run programs on that engine.
 */
export function useEngine(): RendererEngine {
  let engine: Engine | undefined;
  beforeAll(async () => {
    engine = await createEngine({ backend: 'native', workers: 1 });
  });
  afterAll(() => engine?.close());
  const started = (): Engine => {
    if (!engine)
      throw new Error('useEngine: the engine starts in beforeAll; call its functions inside tests');
    return engine;
  };
  return {
    traced: (code, run) => traced(started(), code, run),
    cruxevalSample: () => cruxevalSample(started()),
  };
}
