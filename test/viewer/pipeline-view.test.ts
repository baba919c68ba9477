/**
 * `semtrace view` on pipeline output folders, over real loopback HTTP: the folder is recognised by its
 * manifest's command, items are paged, and an annotate item comes with the real run of its call and the
 * checked claims (a kept monologue with a contradicted claim, under `--require answer`).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAnnotate } from '../../src/synth/annotate/run-annotate.js';
import { DEMO_FILES } from '../../src/synth/demo.js';
import type { Page, PipelineItemSummary, PipelineItemView } from '../../src/viewer/api-types.js';
import { classifyPath } from '../../src/viewer/server/open-path.js';
import { startViewer, type Viewer } from '../../src/viewer/server/start-viewer.js';
import { ensureAppBuild } from './support/browser.js';

let dir: string;
let viewer: Viewer;

async function get<T>(path: string): Promise<T> {
  const response = await fetch(`${viewer.url.replace(/\/$/, '')}${path}`);
  expect(response.status).toBe(200);
  return (await response.json()) as T;
}

beforeAll(async () => {
  await ensureAppBuild();
  dir = mkdtempSync(join(tmpdir(), 'semtrace-view-pipeline-'));
  await runAnnotate({
    programs: DEMO_FILES.programs,
    outDir: join(dir, 'annotate'),
    model: {
      baseURL: 'http://127.0.0.1/v1',
      model: 'semtrace-demo',
      api: 'chat',
      apiKeyEnv: 'SEMTRACE_TEST_NO_KEY',
      cacheDir: null,
      replay: DEMO_FILES.replay,
    },
    sampling: {},
    attempts: 3,
    require: 'answer',
    inputsPerProgram: 1,
    concurrency: 4,
    backend: 'pyodide',
    workers: 2,
    // Generous: nothing here should time out, and a loaded machine must not make a check fail.
    timeoutMs: 10_000,
  });
  viewer = await startViewer({ path: join(dir, 'annotate') });
}, 240_000);

afterAll(async () => {
  await viewer?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('semtrace view on a pipeline folder', () => {
  it('recognises the folder by its manifest', () => {
    expect(classifyPath(join(dir, 'annotate')).kind).toBe('pipeline');
  });

  it('pages the items and shows an item with its claims beside the real run', async () => {
    const session = await get<{ kind: string }>('/api/session');
    expect(session.kind).toBe('pipeline');
    const manifest = await get<{ command: string; replay: boolean }>('/api/pipeline/manifest');
    expect(manifest).toMatchObject({ command: 'annotate', replay: true });
    const page = await get<Page<PipelineItemSummary>>('/api/pipeline/items?offset=0&limit=5');
    expect(page.total).toBe(11);
    expect(page.items).toHaveLength(5);
    const rb = (await get<Page<PipelineItemSummary>>('/api/pipeline/items?offset=0&limit=50')).items.find(
      (i) => i.label.startsWith('running_balance'),
    )!;
    expect(rb.status).toBe('fwd ok@1 · bwd ok@2');
    const view = await get<PipelineItemView>(`/api/pipeline/item?id=${encodeURIComponent(rb.id)}`);
    expect(view.command).toBe('annotate');
    expect(view.real!.returnRepr).toBe('[5, 15, 12]');
    expect(view.real!.steps.length).toBeGreaterThan(5);
    const claims = (
      view.item as { forward: { claims: { claims: { status: string; claim: { value?: string } }[] } } }
    ).forward.claims.claims;
    expect(claims.find((c) => c.status === 'contradicted')!.claim.value).toBe('16');
  });
});
