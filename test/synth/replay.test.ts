/** The demo's replay: recorded answers through the real OpenAI client on a loopback server; the recorder. */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ModelRequestError } from '../../src/eval/client/model-client.js';
import { openModel } from '../../src/synth/common/model.js';
import { readReplayFile, replayKey, startReplayServer } from '../../src/synth/common/replay.js';
import { DEMO_FILES } from '../../src/synth/demo.js';
import { runSynth } from '../../src/synth/run-synth.js';
import { startFakeOpenAIServer } from '../support/fake-openai-server.js';

const dir = mkdtempSync(join(tmpdir(), 'semtrace-replay-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('replay', () => {
  it('answers a recorded prompt, and a prompt it never saw with a failure the run records', async () => {
    const entries = new Map([[replayKey('sys', 'hello', 3), ['recorded answer']]]);
    const server = await startReplayServer(entries);
    const record = join(dir, 'recorded.jsonl');
    const model = await openModel({
      baseURL: server.baseURL,
      model: 'm',
      api: 'chat',
      apiKeyEnv: 'SEMTRACE_TEST_NO_KEY',
      cacheDir: null,
      record,
      retry: { baseDelayMs: 1 },
    });
    try {
      expect(await model.completer.complete({ system: 'sys', user: 'hello' }, { n: 1, seed: 3 })).toEqual([
        'recorded answer',
      ]);
      // Another seed is another sample: not recorded.
      const failure = await model.completer
        .complete({ system: 'sys', user: 'hello' }, { n: 1, seed: 4 })
        .catch((e) => e);
      expect(failure).toBeInstanceOf(ModelRequestError);
      expect((failure as ModelRequestError).fatal).toBe(false);
      expect(model.stats.requests).toBe(2);
      // The recorder wrote the answered request in the replay format, and it reads back.
      expect(readReplayFile(record).get(replayKey('sys', 'hello', 3))).toEqual(['recorded answer']);
      expect(readFileSync(record, 'utf8').trim().split('\n')).toHaveLength(1);
    } finally {
      await model.close();
      await server.close();
    }
  });

  it('stops a whole synth run when the server refuses every request (401)', async () => {
    const server = await startFakeOpenAIServer({ respond: () => ({ kind: 'status', status: 401 }) });
    try {
      const error = await runSynth({
        seeds: [DEMO_FILES.seeds],
        outDir: join(dir, 'refused'),
        model: {
          baseURL: server.baseURL,
          model: 'm',
          api: 'chat',
          apiKeyEnv: 'SEMTRACE_TEST_NO_KEY',
          cacheDir: null,
        },
        sampling: {},
        k: 5,
        fallback: true,
        limit: 3,
        concurrency: 1,
        backend: 'pyodide',
        workers: 1,
        timeoutMs: 1000,
        seed: 0,
      }).catch((e) => e);
      expect(error).toBeInstanceOf(ModelRequestError);
      expect((error as ModelRequestError).fatal).toBe(true);
      // One request, no retries: nothing else is asked once the key is known to be bad.
      expect(server.requests).toHaveLength(1);
    } finally {
      await server.close();
    }
  }, 60_000);

  it('ships a demo replay file that parses', () => {
    expect(readReplayFile(DEMO_FILES.replay).size).toBeGreaterThan(50);
  });
});
