import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runEval } from '../../../src/eval/run/run-eval.js';
import type { ItemResult } from '../../../src/eval/types.js';
import { type FakeReply, type FakeServer, startFakeOpenAIServer } from '../../support/fake-openai-server.js';
import { evalConfig, firstItems, itemOfPrompt, scriptedAnswer } from './eval-fixture.js';

let server: FakeServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

function readResults(outDir: string): ItemResult[] {
  return readFileSync(join(outDir, 'results.jsonl'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as ItemResult);
}

describe('semtrace eval run (real scorer and engine, fake model server)', () => {
  it('scores scripted answers, survives faults, and gives every item a line', async () => {
    const items = firstItems(20);
    // Faults on first attempts: 429 with Retry-After, 500, a dropped connection, a reply slower than the
    // client's timeout; one item only ever gets garbage and must end as an error line.
    const faults: Record<number, FakeReply> = {
      1: { kind: 'status', status: 429, retryAfter: '1' },
      2: { kind: 'status', status: 500 },
      3: { kind: 'drop' },
      4: { kind: 'slow', delayMs: 3000, after: { kind: 'answer', texts: ['late'] } },
      5: { kind: 'garbage', body: 'not json at all', contentType: 'text/plain' },
    };
    const garbageForever = 7;
    server = await startFakeOpenAIServer({
      respond: (request) => {
        const { index } = itemOfPrompt(request.prompt, items);
        if (index === garbageForever) return { kind: 'garbage', body: '{"choices": []}' };
        if (request.attempt === 1 && faults[index]) return faults[index]!;
        return scriptedAnswer(request, items);
      },
    });
    const config = evalConfig(server.baseURL);
    const retries: { kind: string; delay: number }[] = [];
    const outcome = await runEval(config, {
      onRetry: (failure, _a, delay) => retries.push({ kind: failure.kind, delay }),
    });

    const lines = readResults(config.outDir);
    expect(lines).toHaveLength(20);
    expect(new Set(lines.map((r) => r.id))).toEqual(new Set(items.map((i) => i.id)));
    for (const result of lines) {
      const index = items.findIndex((item) => item.id === result.id);
      if (index === garbageForever) {
        expect(result.error).toMatch(/model request failed: .*no choices.*after 3 attempts/);
        expect(result.verdicts).toEqual([]);
        continue;
      }
      expect(result.error).toBeUndefined();
      expect(result.verdicts).toHaveLength(1);
      expect(result.verdicts[0]!.correct).toBe(index % 2 === 0);
      expect(result.verdicts[0]!.reason).toBe(index % 2 === 0 ? 'correct' : 'wrong_value');
      expect(result.prompt).toContain(`assert f(${items[index]!.input}) == ??`);
      expect(result.passAtK['pass@1']).toBe(index % 2 === 0 ? 1 : 0);
    }
    expect(retries.map((r) => r.kind).sort()).toEqual(
      ['connection', 'garbage', 'garbage', 'garbage', 'rate_limit', 'server', 'timeout'].sort(),
    );
    expect(retries.find((r) => r.kind === 'rate_limit')!.delay).toBe(1000);

    // 10 of 20 items are right; the garbage item (odd) counts as wrong.
    expect(outcome.summary.passAtK['pass@1']!.value).toBeCloseTo(0.5);
    expect(outcome.summary.itemsWithoutPrediction).toBe(1);
    const summary = JSON.parse(readFileSync(join(config.outDir, 'summary.json'), 'utf8'));
    expect(summary.summary.passAtK['pass@1'].ci95[0]).toBeLessThan(0.5);
    expect(summary.summary.passAtK['pass@1'].ci95[1]).toBeGreaterThan(0.5);
    expect(summary.config.model).toBe('fake-model');
    const run = JSON.parse(readFileSync(join(config.outDir, 'run.json'), 'utf8'));
    expect(run.status).toBe('finished');
    expect(run.versions.python).toMatch(/^3\.\d+/);
    expect(run.counts).toEqual({ items: 20, resumed: 0, asked: 20, errors: 1 });
    const html = readFileSync(join(config.outDir, 'report.html'), 'utf8');
    expect(html).toContain('<svg');
    expect(html).toContain('id="by-level"');
    expect(readFileSync(join(config.outDir, 'report.md'), 'utf8')).toContain('| pass@1 | 50.0% |');

    // Resuming the same folder asks again only for the item that failed.
    const before = server.requests.length;
    const again = await runEval(config);
    const asked = server.requests.slice(before).map((r) => itemOfPrompt(r.prompt, items).index);
    expect(new Set(asked)).toEqual(new Set([garbageForever]));
    expect(readResults(config.outDir)).toHaveLength(20);
    expect(again.info.counts).toMatchObject({ resumed: 19, asked: 1 });
  });

  it('sends zero requests when the same evaluation runs again with the cache', async () => {
    const items = firstItems(8);
    server = await startFakeOpenAIServer({ respond: (request) => scriptedAnswer(request, items) });
    const first = evalConfig(server.baseURL, { limit: 8 });
    await runEval(first);
    expect(server.requests).toHaveLength(8);
    const second = evalConfig(server.baseURL, { limit: 8, cacheDir: first.cacheDir });
    const outcome = await runEval(second);
    expect(server.requests).toHaveLength(8);
    expect(outcome.info.timings).toMatchObject({ requests: 0, cacheHits: 8 });
    // results.jsonl is appended as items finish (so a killed run keeps them): compared item by item.
    const verdicts = (outDir: string) =>
      readResults(outDir)
        .sort((a, b) => a.id.localeCompare(b.id))
        .map((r) => [r.id, r.verdicts]);
    expect(verdicts(second.outDir)).toEqual(verdicts(first.outDir));
  });

  it('tops up samples from a server that ignores n and reports pass@k', async () => {
    const items = firstItems(4);
    // Per item: the first sample is right, the others wrong (so pass@1 = 1/3, pass@3 = 1).
    server = await startFakeOpenAIServer({
      ignoreN: true,
      respond: (request) => {
        const { item } = itemOfPrompt(request.prompt, items);
        const value = request.attempt === 1 ? item.output : "'nope'";
        return { kind: 'answer', texts: [`[ANSWER]assert f(${item.input}) == ${value}[/ANSWER]`] };
      },
    });
    const config = evalConfig(server.baseURL, {
      limit: 4,
      sampling: { n: 3, temperature: 0.8, seed: 1 },
      ks: [1, 3],
    });
    const outcome = await runEval(config);
    expect(server.requests).toHaveLength(12);
    expect(outcome.summary.passAtK['pass@1']!.value).toBeCloseTo(1 / 3);
    expect(outcome.summary.passAtK['pass@3']!.value).toBe(1);
    const { passAtK } = readResults(config.outDir)[0]!;
    expect(Object.keys(passAtK)).toEqual(['pass@1', 'pass@3']);
    expect(passAtK['pass@1']).toBeCloseTo(1 / 3);
    expect(passAtK['pass@3']).toBe(1);
  });

  it('prompts and scores the trace and state tasks on real traces', async () => {
    server = await startFakeOpenAIServer({
      respond: (request) => ({
        kind: 'answer',
        texts: [
          request.prompt.includes('<dictsep>')
            ? '[ANSWER]\n<line> <0> <state> </state>\n[/ANSWER]'
            : '[ANSWER]\nno\n[/ANSWER]',
        ],
      }),
    });
    const trace = await runEval(evalConfig(server.baseURL, { task: 'trace', limit: 3, fewShot: true }));
    expect(trace.results).toHaveLength(3);
    for (const result of trace.results) {
      expect(result.prompt).toMatch(/^0 \| def f\(/m);
      expect(result.verdicts[0]).toMatchObject({ correct: false, reason: 'trace_mismatch' });
    }
    expect(trace.summary.traceMetrics).toBeDefined();
    const state = await runEval(evalConfig(server.baseURL, { task: 'state', limit: 6, cot: true }));
    expect(state.results).toHaveLength(6);
    for (const result of state.results) {
      expect(result.question).toBeDefined();
      expect(result.prompt).toContain('Question: ');
      expect(result.prompt).toMatch(/^1 \| def f\(/m);
      expect(result.error).toBeUndefined();
      expect(result.verdicts).toHaveLength(1);
      // "no" is right exactly for coverage questions whose line does not run.
      const q = result.question!;
      expect(result.verdicts[0]!.correct).toBe(q.kind === 'covered' && q.answer === 'no');
    }
  });

  it('stops the run on a rejected key, and refuses a folder that holds another evaluation', async () => {
    server = await startFakeOpenAIServer({ respond: () => ({ kind: 'status', status: 401 }) });
    const config = evalConfig(server.baseURL, { limit: 6, concurrency: 1 });
    await expect(runEval(config)).rejects.toMatchObject({
      code: 'SEMTRACE_MODEL_REQUEST_FAILED',
      fatal: true,
    });
    expect(server.requests).toHaveLength(1);
    await expect(runEval({ ...config, model: 'another-model' })).rejects.toMatchObject({
      code: 'SEMTRACE_OUTPUT_CONFLICT',
    });
  });
});
