/**
 * `runAnnotate` against the loopback OpenAI server answering with the scripted model (monologues from the
 * hand-labelled set): answer checks by execution, claim checks against the trace, rejection sampling with
 * per-attempt seeds, a 500 and a garbage body on the way, both output layouts, and resumption.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AnnotateConfig, runAnnotate } from '../../src/synth/annotate/run-annotate.js';
import { type FakeServer, startFakeOpenAIServer } from '../support/fake-openai-server.js';
import { PROGRAMS } from '../support/scripted-model/demo-programs.js';
import { scriptedAnswer } from '../support/scripted-model/index.js';
import { LABELLED } from '../support/scripted-model/labelled-monologues.js';
import { scriptedModelConfig } from '../support/scripted-model/model-config.js';

let server: FakeServer;
let dir: string;
let programs: string;

function config(out: string, extra: Partial<AnnotateConfig> = {}): AnnotateConfig {
  return {
    programs,
    outDir: join(dir, out),
    model: scriptedModelConfig(server.baseURL, join(dir, 'cache')),
    sampling: {},
    attempts: 3,
    require: 'answer+claims',
    inputsPerProgram: 1,
    concurrency: 4,
    backend: 'pyodide',
    workers: 2,
    // Generous: nothing here should time out, and a loaded machine must not make a check fail.
    timeoutMs: 10_000,
    ...extra,
  };
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'semtrace-annotate-'));
  programs = join(dir, 'programs.jsonl');
  const rows = Object.entries(PROGRAMS).map(([name, code]) => ({
    id: name,
    nl: `The ${name} problem.`,
    code,
    entryPoint: name,
    calls: [LABELLED.find((m) => m.program === name && m.direction === 'forward')!.call],
  }));
  writeFileSync(programs, rows.map((row) => JSON.stringify(row)).join('\n'));
  server = await startFakeOpenAIServer({
    respond: (request) => {
      const user = request.body.messages.at(-1).content as string;
      if (user.includes('def gcd') && user.includes('Simulate') && request.attempt === 1)
        return { kind: 'status', status: 500 };
      if (user.includes('def dedupe') && user.includes('Find an input') && request.attempt === 1) {
        return { kind: 'garbage', body: 'not json at all', contentType: 'text/plain' };
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

describe('semtrace annotate', () => {
  it('keeps the first monologue that passes both checks and reports every rate', async () => {
    const { entries, manifest, paths } = await runAnnotate(config('run1'));
    expect(entries).toHaveLength(11);
    const at = (name: string) => entries.find((e) => e.programId === name)!;

    // A right answer with a contradicted claim is rejected; the next attempt (another seed) is kept.
    const rb = at('running_balance').forward;
    expect(rb.attempts.map((a) => [a.answerVerdict.correct, a.claims!.contradicted > 0])).toEqual([
      [true, true],
      [true, false],
    ]);
    expect(rb.accepted).toBe(1);
    // A wrong final answer, then a wrong intermediate claim, then a clean one.
    const dd = at('dedupe').forward;
    expect(dd.attempts.map((a) => a.answerVerdict.correct)).toEqual([false, true, true]);
    expect(dd.attempts.map((a) => a.claims!.contradicted > 0)).toEqual([true, true, false]);
    expect(dd.accepted).toBe(2);
    // A malformed reply is a wrong answer, not a crash.
    expect(at('count_vowels').forward.attempts[0]!.answerVerdict.correct).toBe(false);
    // Every attempt wrong: nothing kept.
    expect(at('moving_average').forward.accepted).toBeNull();
    // Backward: the claims are checked on the run of the input the model gave.
    const gcd = at('gcd').backward;
    expect(gcd.attempts[0]!.answer).toBe('gcd(6, 6)');
    expect(gcd.attempts[0]!.answerVerdict.correct).toBe(true);
    expect(gcd.attempts[0]!.claims!.contradicted).toBeGreaterThan(0);
    expect(gcd.accepted).toBe(1);

    expect(manifest.forward).toMatchObject({
      items: 11,
      monologues: 21,
      accepted: 10,
      acceptedAtAttempt: { '1': 4, '2': 4, '3': 2 },
    });
    expect(manifest.forward.answerRate).toBeCloseTo(14 / 21, 10);
    expect(manifest.forward.claimsCleanRate).toBeCloseTo(12 / 21, 10);
    expect(manifest.forward.bothRate).toBeCloseTo(10 / 21, 10);
    expect(manifest.backward).toMatchObject({
      items: 11,
      monologues: 16,
      accepted: 11,
      acceptedAtAttempt: { '1': 6, '2': 5 },
    });

    const semcoder = readFileSync(paths.semcoder, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(semcoder).toHaveLength(11);
    const row = semcoder.find((r) => r.entry_point === 'gcd');
    expect(row).toMatchObject({ nl: 'The gcd problem.', input: '48, 18', output: '6' });
    expect(row.response).toContain('def gcd(a, b):');
    expect(row.fwd_mnl).toBe(LABELLED.find((m) => m.id === 'gcd-ok')!.text);
    expect(row.bwd_mnl).toBe(LABELLED.find((m) => m.id === 'gcd-back-ok')!.text);
    expect(semcoder.find((r) => r.entry_point === 'moving_average').fwd_mnl).toBeNull();
    const chat = readFileSync(paths.chat, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(chat).toHaveLength(21);
    expect(chat[0].messages.map((m: { role: string }) => m.role)).toEqual(['system', 'user', 'assistant']);
    // One retry for the 500, one for the garbage body.
    expect(manifest.requests).toMatchObject({ sent: 21 + 16 + 2, retries: 2 });

    // With `--require answer`, the first right answer is kept whatever its claims.
    const loose = await runAnnotate(config('run-loose', { require: 'answer' }));
    expect(loose.entries.find((e) => e.programId === 'running_balance')!.forward.accepted).toBe(0);
    expect(loose.manifest.forward.accepted).toBe(10);
  }, 240_000);

  it('resumes without asking again', async () => {
    const first = await runAnnotate(config('run2'));
    const journal = readFileSync(first.paths.journal, 'utf8').split('\n').filter(Boolean);
    writeFileSync(first.paths.journal, `${journal.slice(0, 5).join('\n')}\n${journal[5]!.slice(0, 30)}`);
    const before = server.requests.length;
    const second = await runAnnotate(config('run2'));
    expect(server.requests.length).toBe(before);
    expect(second.manifest.forward).toEqual(first.manifest.forward);
    expect(second.manifest.backward).toEqual(first.manifest.backward);
    expect(readFileSync(second.paths.journal, 'utf8').split('\n').filter(Boolean)).toHaveLength(11);
  }, 240_000);
});
