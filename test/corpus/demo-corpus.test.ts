/**
 * The bundled demo corpus is the input of `semtrace build --demo`: these tests hold it to the
 * conventions in corpus/demo/README.md and run every program with every input on the native engine.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEngine, type Engine } from '../../src/engine/engine.js';
import type { RunRequest, RunResult } from '../../src/engine/types.js';
import { mutateInput, parseArgs } from '../../src/mutate/input/index.js';
import { mutateProgram } from '../../src/mutate/program/index.js';
import {
  type DemoInput,
  type DemoProgram,
  expectedErrorFor,
  LEVEL_DIRS,
  readDemoCorpus,
  readExpectedErrors,
  runLabel,
} from './demo-corpus.js';

const corpus = readDemoCorpus();
const expectedErrors = readExpectedErrors();
const runs = corpus.programs.flatMap((program) => program.inputs.map((input) => ({ program, input })));

/** Trace bounds from the README: about 5 to 2,000 line events, with call and return events around them. */
const MIN_STEPS = 5;
const MAX_LINE_EVENTS = 2000;

function toRequest(program: DemoProgram, input: DemoInput): RunRequest {
  return input.kind === 'call'
    ? { code: program.code, mode: 'call', call: input.call }
    : { code: program.code, mode: 'script', stdin: input.stdin };
}

/** Everything but timings, which are the only part of a result allowed to differ between runs. */
function stable(result: RunResult): string {
  const { timings: _timings, ...rest } = result;
  return JSON.stringify(rest);
}

/** The arguments inside `name(...)`: what input mutation works on. */
function callArguments(call: string): string {
  const match = /^[A-Za-z_]\w*\((.*)\)$/s.exec(call);
  if (!match) throw new Error(`not a call: ${call}`);
  return match[1] as string;
}

describe('demo corpus layout', () => {
  it('has at least 150 programs, at least 40 per level, and at least 40% call-style', () => {
    expect(corpus.programs.length).toBeGreaterThanOrEqual(150);
    for (const level of LEVEL_DIRS) {
      expect(corpus.programs.filter((p) => p.level === level).length, level).toBeGreaterThanOrEqual(40);
      // The call style matters at every level, not only in one of them.
      expect(
        corpus.programs.filter((p) => p.level === level && p.style === 'call').length,
        level,
      ).toBeGreaterThan(15);
    }
    const calls = corpus.programs.filter((p) => p.style === 'call').length;
    expect(calls / corpus.programs.length).toBeGreaterThanOrEqual(0.4);
  });

  it('has no input file without its program and no program with both calls and stdin files', () => {
    expect(corpus.strays).toEqual([]);
    expect(corpus.mixed).toEqual([]);
  });

  it('gives every program one to three inputs and a name unique across levels', () => {
    for (const program of corpus.programs) {
      expect(program.inputs.length, program.path).toBeGreaterThanOrEqual(1);
      expect(program.inputs.length, program.path).toBeLessThanOrEqual(3);
    }
    const names = corpus.programs.map((p) => p.name);
    expect(new Set(names).size).toBe(names.length);
  });

  it('lists at most five deliberate errors, each naming an input that exists', () => {
    expect(expectedErrors.length).toBeGreaterThan(0);
    expect(expectedErrors.length).toBeLessThanOrEqual(5);
    for (const entry of expectedErrors) {
      const program = corpus.programs.find((p) => p.path === entry.program);
      expect(program, entry.program).toBeDefined();
      const hits = (program as DemoProgram).inputs.filter((input) =>
        expectedErrorFor([entry], program as DemoProgram, input),
      );
      expect(hits, JSON.stringify(entry)).toHaveLength(1);
    }
  });

  it('writes every call argument as a literal that input mutation can parse, and can vary each function', () => {
    const unmutable: string[] = [];
    for (const program of corpus.programs.filter((p) => p.style === 'call')) {
      let mutants = 0;
      for (const input of program.inputs) {
        if (input.kind !== 'call') continue;
        const args = callArguments(input.call);
        expect(() => parseArgs(args), input.call).not.toThrow();
        // An empty list keeps its shape only by staying empty, so edge-case calls may give none.
        mutants += mutateInput(args, { n: 3, seed: 1 }).length;
      }
      if (mutants === 0) unmutable.push(program.path);
    }
    expect(unmutable).toEqual([]);
  });

  it('gives the program mutation operators something to change in every program', async () => {
    const counts: number[] = [];
    for (const program of corpus.programs) {
      const mutants = await mutateProgram(program.code);
      expect(mutants.length, program.path).toBeGreaterThanOrEqual(3);
      counts.push(mutants.length);
    }
    const total = counts.reduce((a, b) => a + b, 0);
    console.info(`demo corpus: ${total} first-order mutants over ${counts.length} programs`);
  });
});

describe('demo corpus on the native engine', () => {
  let engine: Engine;
  const first = new Map<number, RunResult>();

  beforeAll(async () => {
    engine = await createEngine({ backend: 'native', workers: 2 });
  }, 120_000);
  afterAll(() => engine?.close());

  it('passes the static audit: Python 3.9 grammar, allowed imports, no nondeterministic names, literal calls', async () => {
    const audit = readFileSync(new URL('./audit_demo_corpus.py', import.meta.url), 'utf8');
    const items = corpus.programs.map((p) => ({
      path: p.path,
      code: p.code,
      calls: p.inputs.flatMap((input) => (input.kind === 'call' ? [input.call] : [])),
    }));
    const result = await engine.run({ code: audit, stdin: JSON.stringify(items), trace: false });
    expect(result.status, result.stderr).toBe('ok');
    const report = JSON.parse(result.stdout) as { audited: number; problems: string[] };
    expect(report.problems).toEqual([]);
    expect(report.audited).toBe(corpus.programs.length);
  });

  it('runs every program with every input to its expected status, within the trace bounds', async () => {
    const failures: string[] = [];
    const runMs: number[] = [];
    const lineEvents: number[] = [];
    for await (const { index, result } of engine.runMany(runs.map((r) => toRequest(r.program, r.input)))) {
      const { program, input } = runs[index] as (typeof runs)[number];
      first.set(index, result);
      const label = runLabel(program, input);
      const expected = expectedErrorFor(expectedErrors, program, input);
      const lines = result.steps.filter((s) => s.event === 'line').length;
      runMs.push(result.timings.runMs);
      lineEvents.push(lines);
      if (expected === null && result.status !== 'ok') {
        failures.push(
          `${label}: ${result.status} ${result.exception?.type ?? ''} ${result.exception?.message ?? ''}`,
        );
      }
      if (expected !== null && (result.status !== 'error' || result.exception?.type !== expected)) {
        failures.push(`${label}: expected ${expected}, got ${result.status} ${result.exception?.type ?? ''}`);
      }
      if (result.stepCount < MIN_STEPS || lines > MAX_LINE_EVENTS) {
        failures.push(`${label}: ${result.stepCount} steps, ${lines} line events`);
      }
      if (result.stderr !== '' && expected === null)
        failures.push(`${label}: wrote to stderr: ${result.stderr}`);
      // A generous ceiling: the README promises well under 100 ms, but this machine may be loaded.
      if (result.timings.runMs > 2000) failures.push(`${label}: took ${result.timings.runMs} ms`);
    }
    expect(failures).toEqual([]);
    expect(first.size).toBe(runs.length);
    const sorted = [...runMs].sort((a, b) => a - b);
    const median = sorted[Math.floor(sorted.length / 2)] as number;
    console.info(
      `demo corpus: ${runs.length} runs; line events ${Math.min(...lineEvents)}–${Math.max(...lineEvents)}, ` +
        `total ${lineEvents.reduce((a, b) => a + b, 0)}; run time median ${median.toFixed(1)} ms, max ${(sorted.at(-1) as number).toFixed(1)} ms`,
    );
  }, 300_000);

  it('gives byte-identical results when every run is repeated', async () => {
    expect(first.size).toBe(runs.length);
    const differing: string[] = [];
    for await (const { index, result } of engine.runMany(runs.map((r) => toRequest(r.program, r.input)))) {
      const before = first.get(index) as RunResult;
      if (stable(before) !== stable(result)) {
        const { program, input } = runs[index] as (typeof runs)[number];
        differing.push(runLabel(program, input));
      }
    }
    expect(differing).toEqual([]);
  }, 300_000);
});
