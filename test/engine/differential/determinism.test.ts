/**
 * Results repeat byte for byte: every corpus program twice in one engine (so a worker has run other
 * programs first) and once in a fresh engine, with 4 workers so programs land on different workers.
 * Only programs that read time, id() or entropy themselves (marked in the manifest) are exempt.
 */
import { describe, expect, it } from 'vitest';
import { createEngine, type Engine } from '../../../src/engine/engine.js';
import type { BackendName, RunResult } from '../../../src/engine/types.js';
import { loadCorpus } from './corpus.js';

const corpus = loadCorpus();
const backends: BackendName[] = ['native', 'pyodide'];

function stable(result: RunResult): string {
  const { timings: _timings, ...rest } = result;
  return JSON.stringify(rest);
}

async function runCorpus(engine: Engine): Promise<string[]> {
  const requests = corpus.map((p) => ({ code: p.code, stdin: p.stdin ?? '', limits: { timeoutMs: 20_000 } }));
  const out: string[] = [];
  for await (const { result } of engine.runMany(requests)) out.push(stable(result));
  return out;
}

describe.each(backends)('determinism on %s', (backend) => {
  it('gives byte-identical results on rerun and in a fresh engine, except for marked programs', async () => {
    const options = { backend, workers: 4, isolation: 'basic' as const, warn: () => {} };
    const first = await createEngine(options);
    let once: string[];
    let twice: string[];
    try {
      once = await runCorpus(first);
      twice = await runCorpus(first);
    } finally {
      await first.close();
    }
    const fresh = await createEngine(options);
    let again: string[];
    try {
      again = await runCorpus(fresh);
    } finally {
      await fresh.close();
    }
    const differing: string[] = [];
    corpus.forEach((program, index) => {
      const same = once[index] === twice[index] && once[index] === again[index];
      if (!same && !program.nondeterministic) differing.push(program.name);
    });
    expect(differing).toEqual([]);
    const marked = corpus.filter((p) => p.nondeterministic).length;
    console.log(
      `${backend}: ${corpus.length - marked} programs byte-identical over 3 runs; ${marked} marked`,
    );
  }, 900_000);
});
