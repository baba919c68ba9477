/**
 * Records the bundled demo of `semtrace synth / annotate / debugdata --demo`: runs each command against a
 * loopback OpenAI-compatible server answering with the scripted model of the tests
 * (test/support/scripted-model), with --record writing every answer to corpus/pipeline-demo/replay.jsonl.
 * Rerun it after changing a pipeline template (the replay matches prompts exactly).
 *
 *   npx tsx scripts/record-pipeline-demo.ts
 */
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ANNOTATE_DEFAULTS, runAnnotate } from '../src/synth/annotate/run-annotate.js';
import type { ModelConfig } from '../src/synth/common/model.js';
import { DEBUGDATA_DEFAULTS, runDebugData } from '../src/synth/debugdata/run-debugdata.js';
import { DEMO_FILES, DEMO_MODEL } from '../src/synth/demo.js';
import { runSynth } from '../src/synth/run-synth.js';
import { startFakeOpenAIServer } from '../test/support/fake-openai-server.js';
import { DEMO_BENCHMARK, scriptedAnswer, scriptedSeedsJsonl } from '../test/support/scripted-model/index.js';

const work = mkdtempSync(join(tmpdir(), 'semtrace-demo-'));
writeFileSync(DEMO_FILES.seeds, scriptedSeedsJsonl());
writeFileSync(DEMO_FILES.benchmark, `${DEMO_BENCHMARK.map((r) => JSON.stringify(r)).join('\n')}\n`);
writeFileSync(DEMO_FILES.replay, '');
const server = await startFakeOpenAIServer({
  respond: (request) => {
    const text = scriptedAnswer(request.body.messages.at(-1).content, request.body.seed);
    return text === null ? { kind: 'status', status: 400 } : { kind: 'answer', texts: [text] };
  },
});
const model: ModelConfig = {
  baseURL: server.baseURL,
  model: DEMO_MODEL,
  api: 'chat',
  apiKeyEnv: 'OPENAI_API_KEY',
  cacheDir: null,
  record: DEMO_FILES.replay,
};
const engine = { backend: 'pyodide' as const, workers: 2 };
try {
  const synth = await runSynth({
    seeds: [DEMO_FILES.seeds],
    outDir: join(work, 'synth'),
    model,
    sampling: {},
    k: 5,
    fallback: true,
    concurrency: 4,
    ...engine,
    timeoutMs: 3000,
    benchmark: DEMO_FILES.benchmark,
    seed: 0,
  });
  copyFileSync(synth.paths.programs, DEMO_FILES.programs);
  await runAnnotate({
    ...ANNOTATE_DEFAULTS,
    programs: DEMO_FILES.programs,
    outDir: join(work, 'annotate'),
    model,
    ...engine,
  });
  await runDebugData({
    ...DEBUGDATA_DEFAULTS,
    programs: DEMO_FILES.programs,
    outDir: join(work, 'debugdata'),
    model,
    ...engine,
  });
  process.stdout.write(`recorded ${DEMO_FILES.replay}\n`);
} finally {
  await server.close();
  rmSync(work, { recursive: true, force: true });
}
