/**
 * `runSynth` end to end against a real loopback HTTP server speaking the OpenAI API, answering with the
 * scripted model: every rejection reason, the fallback, retries on 429/500/garbage, dedupe,
 * decontamination, the build-readable output, and resumption after a kill.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSources } from '../../src/dataset/sources/index.js';
import { createEngine } from '../../src/engine/engine.js';
import { runSynth, type SynthConfig } from '../../src/synth/run-synth.js';
import { type FakeServer, startFakeOpenAIServer } from '../support/fake-openai-server.js';
import { DEMO_BENCHMARK, scriptedAnswer, scriptedSeedsJsonl } from '../support/scripted-model/index.js';
import { scriptedModelConfig } from '../support/scripted-model/model-config.js';

let server: FakeServer;
let dir: string;
let seeds: string;
let benchmark: string;

function config(out: string, extra: Partial<SynthConfig> = {}): SynthConfig {
  return {
    seeds: [seeds],
    outDir: join(dir, out),
    model: scriptedModelConfig(server.baseURL, join(dir, 'cache')),
    sampling: { temperature: 0 },
    k: 5,
    fallback: true,
    concurrency: 4,
    backend: 'pyodide',
    workers: 2,
    // Long enough that a busy machine does not cut a good program; the endless loop still ends by it.
    timeoutMs: 5000,
    benchmark,
    seed: 0,
    ...extra,
  };
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'semtrace-synth-'));
  seeds = join(dir, 'seeds.jsonl');
  writeFileSync(seeds, scriptedSeedsJsonl());
  benchmark = join(dir, 'benchmark.jsonl');
  writeFileSync(benchmark, DEMO_BENCHMARK.map((r) => JSON.stringify(r)).join('\n'));
  server = await startFakeOpenAIServer({
    respond: (request) => {
      const user = request.body.messages.at(-1).content as string;
      // Transient failures the client must ride out: a 429, a 500 and a garbage body, once each.
      const seedPrompt = user.includes('[SNIPPET]');
      if (seedPrompt && user.includes('acc += amount') && request.attempt === 1) {
        return { kind: 'status', status: 429, retryAfter: '0' };
      }
      if (seedPrompt && user.includes('while b:') && request.attempt === 1)
        return { kind: 'status', status: 500 };
      if (seedPrompt && user.includes('hist.get(ch, 0)') && request.attempt === 1) {
        return { kind: 'garbage', body: '{"oops": tru' };
      }
      const text = scriptedAnswer(user, request.body.seed);
      return text === null ? { kind: 'status', status: 400 } : { kind: 'answer', texts: [text] };
    },
  });
}, 60_000);

afterAll(async () => {
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('semtrace synth', () => {
  it('keeps only programs that run, tallies every rejection and writes a build source', async () => {
    const { records, summary, paths } = await runSynth(config('run1'));
    expect(summary.counts.seeds).toBe(20);
    expect(summary.rejections).toEqual({
      missing_module: 1,
      'exception:NameError': 1,
      'exception:TypeError': 1,
      non_deterministic: 1,
      syntax_error: 1,
      no_code: 1,
      timeout: 1,
      duplicate: 1,
      contaminated: 1,
    });
    expect(summary.counts).toMatchObject({
      answered: 20,
      requestFailed: 0,
      withCode: 19,
      executed: 14,
      deterministic: 13,
      testsPassed: 13,
      duplicates: 1,
      contaminated: 1,
      written: 11,
    });
    // 5 of the 19 answers with code do not execute.
    expect(summary.nonExecutableRate).toBeCloseTo(5 / 19, 10);
    expect(summary.contaminatedMatches[0]).toMatchObject({
      id: 'seeds:triangle_rows',
      match: 'benchmark:pascal',
    });

    const byEntry = new Map(records.map((r) => [r.entryPoint, r]));
    expect([...byEntry.keys()].sort()).toEqual([
      'count_vowels',
      'dedupe',
      'digital_root',
      'gcd',
      'hex_to_rgb',
      'is_clean_palindrome',
      'longest_streak',
      'merge_intervals',
      'most_common_char',
      'moving_average',
      'running_balance',
    ]);
    // The fallback: mutating '#1a2b3c' mostly breaks the format, so the model's inputs fill the gap;
    // its '#123' raises and is dropped.
    const hex = byEntry.get('hex_to_rgb')!;
    expect(hex.inputs.length).toBe(5);
    expect(hex.inputOrigins).toContain('model');
    expect(hex.inputs).not.toContain("'#123'");
    // A boolean function has only two outputs: it stays short of k even after asking.
    expect(byEntry.get('is_clean_palindrome')!.inputs.length).toBe(2);
    // So do two functions of strings whose mutants mostly repeat an output, and the model has no more.
    expect(summary.counts.shortOfInputs).toBe(3);
    expect(summary.counts.fallbackAsked).toBe(4);

    // Tests are asserts of real outputs: rerun them in a fresh engine against CPython semantics.
    const engine = await createEngine({ workers: 1, warn: () => {} });
    try {
      for (const record of records) {
        expect(record.tests.length).toBe(record.inputs.length);
        expect(record.outputs.length).toBe(new Set(record.outputs).size);
        const run = await engine.run({ code: `${record.code}\n${record.tests.join('\n')}\n`, trace: false });
        expect(run.status, record.id).toBe('ok');
        expect(record.python).toMatch(/^3\.\d+/);
      }
      const gcd = byEntry.get('gcd')!;
      expect(gcd.tests[0]).toBe('assert gcd(48, 18) == 6');
    } finally {
      await engine.close();
    }

    // `semtrace build` reads programs.jsonl as a source: call mode, one input per kept call.
    const programs = [];
    for await (const program of readSources([paths.programs])) programs.push(program);
    expect(programs).toHaveLength(11);
    expect(programs.every((p) => p.mode === 'call')).toBe(true);
    expect(programs.find((p) => p.code.includes('def gcd'))!.inputs[0]).toEqual({ call: 'gcd(48, 18)' });

    const manifest = JSON.parse(readFileSync(paths.manifest, 'utf8'));
    expect(manifest.counts.written).toBe(11);
    expect(manifest.semcoderNonExecutableRate).toBe(0.269);
    // 20 program requests + 4 fallback requests, plus one retry each for the 429, the 500 and the garbage.
    expect(manifest.requests.sent).toBe(24 + 3);
    expect(manifest.requests.retries).toBe(3);
  }, 240_000);

  it('resumes from a killed run without asking twice and without losing or repeating a record', async () => {
    const first = await runSynth(config('run2'));
    const journal = readFileSync(first.paths.journal, 'utf8').split('\n').filter(Boolean);
    // Simulate a kill -9 partway: keep 8 entries and half of the 9th line.
    writeFileSync(first.paths.journal, `${journal.slice(0, 8).join('\n')}\n${journal[8]!.slice(0, 40)}`);
    rmSync(first.paths.programs);
    const before = server.requests.length;
    const second = await runSynth(config('run2'));
    expect(server.requests.length).toBe(before);
    expect(second.records).toEqual(first.records);
    expect(second.summary.counts).toEqual(first.summary.counts);
    const lines = readFileSync(second.paths.journal, 'utf8').split('\n').filter(Boolean);
    expect(lines).toHaveLength(20);
    expect(new Set(lines.map((l) => JSON.parse(l).key)).size).toBe(20);
  }, 240_000);
});
