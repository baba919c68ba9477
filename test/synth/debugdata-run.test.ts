/**
 * `runDebugData` against the loopback OpenAI server answering with the scripted model: mutants that fail a
 * test, the faulty trace of the failing call, fixes checked against every test (a reply without code, a
 * "fix" that leaves the bug in), a 429 on the way, the PYX-R layout; every verdict is re-checked here by
 * running the code again in a separate engine.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEngine, type Engine } from '../../src/engine/engine.js';
import { type DebugDataConfig, runDebugData } from '../../src/synth/debugdata/run-debugdata.js';
import { type FakeServer, startFakeOpenAIServer } from '../support/fake-openai-server.js';
import { repoRoot } from '../support/paths.js';
import { scriptedAnswer } from '../support/scripted-model/index.js';
import { scriptedModelConfig } from '../support/scripted-model/model-config.js';

let server: FakeServer;
let dir: string;
let programs: string;
let engine: Engine;

const PICKED = ['gcd', 'dedupe', 'merge_intervals', 'longest_streak'];

function config(out: string, extra: Partial<DebugDataConfig> = {}): DebugDataConfig {
  return {
    programs,
    outDir: join(dir, out),
    model: scriptedModelConfig(server.baseURL, join(dir, 'cache')),
    sampling: {},
    attempts: 2,
    maxMutants: 8,
    casesPerProgram: 2,
    seed: 0,
    concurrency: 4,
    backend: 'pyodide',
    workers: 2,
    // Generous: nothing here should time out, and a loaded machine must not make a check fail.
    timeoutMs: 10_000,
    ...extra,
  };
}

async function passes(code: string, test: string): Promise<boolean> {
  return (await engine.run({ code: `${code}\n${test}\n`, trace: false })).status === 'ok';
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'semtrace-debugdata-'));
  programs = join(dir, 'programs.jsonl');
  const lines = readFileSync(join(repoRoot, 'corpus/pipeline-demo/programs.jsonl'), 'utf8')
    .trim()
    .split('\n');
  writeFileSync(programs, lines.filter((line) => PICKED.includes(JSON.parse(line).entryPoint)).join('\n'));
  engine = await createEngine({ workers: 1, warn: () => {} });
  server = await startFakeOpenAIServer({
    respond: (request) => {
      const user = request.body.messages.at(-1).content as string;
      if (user.includes('def longest_streak') && request.attempt === 1) {
        return { kind: 'status', status: 429, retryAfter: '0' };
      }
      const text = scriptedAnswer(user, request.body.seed);
      return text === null ? { kind: 'status', status: 400 } : { kind: 'answer', texts: [text] };
    },
  });
}, 60_000);

afterAll(async () => {
  await server?.close();
  await engine?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('semtrace debugdata', () => {
  it('keeps failing mutants and only fixes that pass every test', async () => {
    const { entries, manifest, paths } = await runDebugData(config('run1'));
    expect(entries.map((e) => e.code.match(/def (\w+)/)![1]).sort()).toEqual([...PICKED].sort());
    let cases = 0;
    for (const entry of entries) {
      expect(entry.killed + entry.survived).toBe(entry.mutantsTried);
      expect(entry.cases.length).toBe(Math.min(2, entry.killed - entry.onlyTimeouts));
      for (const debugCase of entry.cases) {
        cases += 1;
        // The recorded failing test really fails on the buggy code and passes on the original.
        expect(await passes(debugCase.buggyCode, debugCase.failedTest)).toBe(false);
        expect(await passes(entry.code, debugCase.failedTest)).toBe(true);
        expect(debugCase.faultyTrace).toContain('[INPUT]');
        // SemCoder's layout annotates only lines that change state; every faulty run ends in an output or exception.
        expect(debugCase.faultyTrace).toMatch(/\[OUTPUT\]|\[EXCEPTION\]/);
        for (const attempt of debugCase.attempts) {
          if (attempt.fix === null) {
            expect(attempt.rejected).toBe('no_code');
            continue;
          }
          let all = true;
          for (const test of entry.tests) all &&= await passes(attempt.fix, test);
          expect(attempt.rejected === null, `${entry.programId} attempt ${attempt.attempt}`).toBe(all);
        }
      }
      const name = entry.code.match(/def (\w+)/)![1];
      for (const debugCase of entry.cases) {
        if (name === 'gcd') {
          expect(debugCase.attempts.map((a) => a.rejected)).toEqual(['no_code', null]);
        } else if (name === 'dedupe') {
          expect(debugCase.attempts.map((a) => a.rejected)).toEqual(['fails_tests', null]);
        } else if (name === 'merge_intervals') {
          expect(debugCase.attempts.map((a) => a.rejected)).toEqual(['fails_tests', 'fails_tests']);
          expect(debugCase.accepted).toBeNull();
        } else expect(debugCase.accepted).toBe(0);
      }
    }
    const counts = manifest.counts;
    expect(counts.cases).toBe(cases);
    const mergeCases = entries.find((e) => e.code.includes('def merge_intervals'))!.cases.length;
    expect(counts.accepted).toBe(cases - mergeCases);
    expect(counts.fixesPassing).toBe(counts.accepted);
    expect(counts.noCode).toBe(entries.find((e) => e.code.includes('def gcd'))!.cases.length);
    expect(counts.fixesAsked).toBe(counts.noCode + counts.fixesFailingTests + counts.fixesPassing);

    const rows = readFileSync(paths.pyxr, 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(rows).toHaveLength(counts.accepted);
    for (const row of rows) {
      expect(row.instruction).toMatch(
        /^### Problem\n[\s\S]*\n### Buggy Solution\n```python\n[\s\S]*\n### Failed Test\n```python\nassert /,
      );
      expect(row.response).toMatch(
        /^\[MONOLOGUE\]\n### Execution Simulation\n[\s\S]*### Root Cause Analysis\n[\s\S]*\[\/MONOLOGUE\]\n\[Refined\]\n```python\n/,
      );
    }
    expect(manifest.requests.retries).toBe(
      entries.find((e) => e.code.includes('def longest_streak'))!.cases.length,
    );
  }, 240_000);
});
