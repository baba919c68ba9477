/**
 * Ground truth, checked against CPython itself: every corpus program is run by plain `python3` (stdout,
 * stderr, exit status), by an independent reference tracer (events), by semtrace native traced and
 * untraced, and by the Pyodide backend, and all of it is compared. Where semtrace or Pyodide's newer
 * CPython differs, the difference is listed in the corpus manifest (and docs/engine.md) and checked to
 * still be there, so the list stays exact.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEngine, type Engine } from '../../../src/engine/engine.js';
import type { RunResult } from '../../../src/engine/types.js';
import { type PlainRun, referenceEvents, runPlain } from '../../support/plain-python.js';
import { loadCorpus, type Outputs, plainOutputs, semtraceOutputs, withoutTrace } from './corpus.js';

const corpus = loadCorpus();
const LIMITS = { timeoutMs: 20_000 };

async function runAll(engine: Engine, trace: boolean): Promise<RunResult[]> {
  const requests = corpus.map((p) => ({ code: p.code, stdin: p.stdin ?? '', trace, limits: LIMITS }));
  const results: RunResult[] = [];
  for await (const { result } of engine.runMany(requests)) results.push(result);
  return results;
}

/** Two processes place objects at different addresses: where CPython prints one, it is not compared. */
const withoutAddresses = (outputs: Outputs): Outputs => ({
  ...outputs,
  stderr: outputs.stderr.replace(/ at 0x[0-9a-f]+>/g, ' at 0x…>'),
});

function compared(plain: PlainRun, result: RunResult): { ours: Outputs; theirs: Outputs } {
  const ours = semtraceOutputs(result);
  return { ours: withoutAddresses(ours), theirs: withoutAddresses(plainOutputs(plain, ours)) };
}

const tally = { events: 0, eventsCompared: 0, native: 0, pyodide: 0, untraced: 0 };

/** What plain python3 does with each corpus program, run once for both backends' comparisons. */
const plainRuns = new Map<string, PlainRun>();
function plainRun(program: { name: string; code: string; stdin?: string }): PlainRun {
  let run = plainRuns.get(program.name);
  if (!run) {
    run = runPlain(program.code, program.stdin ?? '');
    plainRuns.set(program.name, run);
  }
  return run;
}

describe('differential corpus', () => {
  it('has at least 150 programs', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(150);
  });
});

describe('semtrace native against plain python3 and the reference tracer', () => {
  let engine: Engine;
  let traced: RunResult[];
  let untraced: RunResult[];
  const plain = new Map<string, PlainRun>();

  beforeAll(async () => {
    engine = await createEngine({ backend: 'native', workers: 2, isolation: 'basic', warn: () => {} });
    traced = await runAll(engine, true);
    untraced = await runAll(engine, false);
    for (const program of corpus) plain.set(program.name, plainRun(program));
  }, 1_800_000);
  afterAll(async () => {
    await engine?.close();
    console.log(
      `native: events equal to the reference in ${tally.events}/${tally.eventsCompared} programs; ` +
        `outputs equal to python3 in ${tally.native}/${corpus.length}; trace:false equal in ${tally.untraced}/${corpus.length}`,
    );
  });

  corpus.forEach((program, index) => {
    it(`${program.name}: same stdout, stderr, exit status and traceback as python3`, () => {
      const result = traced[index]!;
      expect(['ok', 'error', 'syntax_error']).toContain(result.status);
      const { ours, theirs } = compared(plain.get(program.name)!, result);
      if (program.native) {
        expect(ours, `listed as a known difference: ${program.native}`).not.toEqual(theirs);
        return;
      }
      expect(ours).toEqual(theirs);
      tally.native++;
    });

    it(`${program.name}: same events as the reference tracer`, () => {
      if (program.events) return;
      const reference = referenceEvents(program.code, program.stdin ?? '');
      const ours = traced[index]!.steps.map((step) => [step.event, step.line, step.func]);
      tally.eventsCompared++;
      expect(ours).toEqual(reference);
      tally.events++;
    });

    it(`${program.name}: trace:false gives the same result but the steps`, () => {
      if (program.nondeterministic) return;
      if (program.native?.includes('sys.settrace')) return; // a tracer itself is what changes it
      expect(withoutTrace(untraced[index]!)).toBe(withoutTrace(traced[index]!));
      tally.untraced++;
    });
  });
});

describe('semtrace pyodide against plain python3 (outputs; version differences listed)', () => {
  let engine: Engine;
  let results: RunResult[];
  const plain = new Map<string, PlainRun>();

  beforeAll(async () => {
    engine = await createEngine({ backend: 'pyodide', workers: 2, isolation: 'basic', warn: () => {} });
    results = await runAll(engine, true);
    for (const program of corpus) plain.set(program.name, plainRun(program));
  }, 1_800_000);
  afterAll(async () => {
    await engine?.close();
    console.log(`pyodide: outputs equal to python3 3.11 in ${tally.pyodide}/${corpus.length}`);
  });

  corpus.forEach((program, index) => {
    it(`${program.name}: same outputs as python3, or a listed version difference`, () => {
      const result = results[index]!;
      expect(['ok', 'error', 'syntax_error']).toContain(result.status);
      const { ours, theirs } = compared(plain.get(program.name)!, result);
      if (program.pyodide) {
        // A known defect may or may not show on a given run; a version difference always does.
        if (!program.pyodide.startsWith('known defect')) {
          expect(ours, `listed as a version difference: ${program.pyodide}`).not.toEqual(theirs);
        }
        return;
      }
      expect(ours).toEqual(theirs);
      tally.pyodide++;
    });
  });
});
