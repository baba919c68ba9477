/**
 * The debugger's actions against the real pdb (test/fixtures/pdb_driver.py) on the demo corpus and
 * CRUXEval: the stops of `step` must be pdb's, and so must the landing (its position in time, hence line
 * and frame) of step / next / return / continue / until [LINE] from sampled stops, with and without
 * breakpoints, and `next` from where reverse-next lands must come back. Traces come from the native
 * backend. SEMTRACE_PDB_STOPS=all probes every stop of every program (slow; the figure in docs/debug.md).
 */
import { afterAll, describe, expect, it } from 'vitest';
import { createEngine, type Engine } from '../../src/engine/engine.js';
import { readDemoCorpus } from '../corpus/demo-corpus.js';
import { loadCruxeval } from '../support/cruxeval.js';
import { compareWithPdb, type OracleProgram } from './pdb-oracle.js';

const ALL = process.env.SEMTRACE_PDB_STOPS === 'all';
const MAX_EVENTS = 3000;

interface Candidate {
  label: string;
  code: string;
  call?: string;
  stdin?: string;
}

function candidates(): Candidate[] {
  const list: Candidate[] = [];
  for (const program of readDemoCorpus().programs) {
    const input = program.inputs[0]!;
    list.push({
      label: program.path,
      code: program.code,
      ...(input.kind === 'call' ? { call: input.call } : { stdin: input.stdin }),
    });
  }
  for (const record of loadCruxeval().slice(0, 120))
    list.push({ label: record.id, code: record.code, call: `f(${record.input})` });
  return list;
}

let engine: Engine | undefined;
afterAll(async () => {
  await engine?.close();
});

describe('debugger actions agree with pdb', () => {
  it('on at least 200 programs of the demo corpus and CRUXEval', { timeout: 1_800_000 }, async () => {
    engine = await createEngine({ backend: 'native', isolation: 'basic' });
    const programs: (OracleProgram & { label: string })[] = [];
    for (const candidate of candidates()) {
      const { label, ...program } = candidate;
      const result = await engine.run({ ...program, mode: program.call ? 'call' : 'script' });
      if ((result.status === 'ok' || result.status === 'error') && result.steps.length <= MAX_EVENTS)
        programs.push({ label, ...program, steps: result.steps });
    }
    expect(programs.length).toBeGreaterThanOrEqual(200);
    const comparisons = await compareWithPdb(programs, 1, (stops) => (ALL ? (stops <= 200 ? stops : 40) : 4));
    const tally = new Map<string, { agree: number; total: number }>();
    const differences: string[] = [];
    comparisons.forEach((comparison, index) => {
      const label = programs[index]!.label;
      if (!comparison.stopsAgree)
        differences.push(`${label}: step sequence differs ${JSON.stringify(comparison.firstStopDifference)}`);
      for (const probe of comparison.probes) {
        // From inside a generator pdb skips the generator's own call/return events when a stop frame is
        // set, and a trace cannot tell one generator's resumption from another's (docs/debug.md): those
        // probes are counted apart.
        const key = probe.inGenerator ? `${probe.label}, from a generator frame` : probe.label;
        const entry = tally.get(key) ?? { agree: 0, total: 0 };
        entry.total++;
        if (probe.landing === probe.expected) entry.agree++;
        else if (!probe.inGenerator)
          differences.push(
            `${label}: ${JSON.stringify(probe.action)} from stop ${probe.at} breaks [${probe.breakpoints}]: ours ${probe.expected}, pdb ${probe.landing}`,
          );
        tally.set(key, entry);
      }
    });
    const stopsCompared = comparisons.reduce((sum, c) => sum + c.stopCount, 0);
    console.log(
      `pdb agreement over ${programs.length} programs (${stopsCompared} stops):\n${[...tally]
        .map(([name, { agree, total }]) => `  ${name}: ${agree}/${total}`)
        .join('\n')}`,
    );
    expect(differences.slice(0, 20)).toEqual([]);
    for (const name of ['step', 'next', 'finish', 'continue', 'until', 'reverse-next (round trip)'])
      expect(tally.get(name)?.total ?? 0).toBeGreaterThan(0);
  });
});
