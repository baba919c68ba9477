import { type ChildProcess, spawn } from 'node:child_process';
import { appendFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ItemResult } from '../../src/eval/types.js';
import { firstItems, itemOfPrompt, scriptedAnswer, tempDir } from '../eval/run/eval-fixture.js';
import { type FakeServer, startFakeOpenAIServer } from '../support/fake-openai-server.js';
import { cruxevalPath, repoRoot } from '../support/paths.js';

let server: FakeServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** The CLI from source (tsx), so the test does not depend on a fresh build of dist/. */
function startCli(args: string[], env: NodeJS.ProcessEnv = {}): ChildProcess & { output: Promise<CliRun> } {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], {
    cwd: repoRoot,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (chunk) => (stdout += chunk));
  child.stderr!.on('data', (chunk) => (stderr += chunk));
  const output = new Promise<CliRun>((resolve) =>
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr })),
  );
  return Object.assign(child, { output });
}

interface CliRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

function completeLines(path: string): ItemResult[] {
  if (!existsSync(path)) return [];
  const text = readFileSync(path, 'utf8');
  return text
    .slice(0, text.lastIndexOf('\n') + 1)
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as ItemResult);
}

async function waitFor(condition: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

function evalArgs(baseURL: string, out: string, limit: number): string[] {
  return [
    'eval',
    ...['--task', 'output', '--data', cruxevalPath, '--limit', String(limit)],
    ...['--model', 'fake-model', '--base-url', baseURL, '--temperature', '0'],
    ...['--backend', 'native', '--workers', '1', '--concurrency', '1', '--no-cache', '--out', out],
  ];
}

describe('semtrace eval (CLI)', () => {
  it('resumes a killed run and asks only for the missing items', async () => {
    const items = firstItems(12);
    server = await startFakeOpenAIServer({
      respond: (request) => ({ kind: 'slow', delayMs: 200, after: scriptedAnswer(request, items) }),
    });
    const out = tempDir('semtrace-cli-eval-');
    const results = join(out, 'results.jsonl');
    const first = startCli(evalArgs(server.baseURL, out, 12));
    await waitFor(() => completeLines(results).length >= 4, 60_000);
    first.kill('SIGKILL');
    expect((await first.output).signal).toBe('SIGKILL');
    // A line cut short, as when the kill lands in the middle of a write.
    appendFileSync(results, '{"id": "sample_9", "respo');
    const kept = completeLines(results).map((result) => result.id);
    expect(kept.length).toBeGreaterThanOrEqual(4);
    expect(kept.length).toBeLessThan(12);

    const before = server.requests.length;
    const second = await startCli(evalArgs(server.baseURL, out, 12)).output;
    expect(second.code, second.stderr).toBe(0);
    const asked = server.requests
      .slice(before)
      .map((request) => items[itemOfPrompt(request.prompt, items).index]!.id);
    const missing = items.map((item) => item.id).filter((id) => !kept.includes(id));
    expect(asked.sort()).toEqual(missing.sort());

    const final = completeLines(results);
    expect(final).toHaveLength(12);
    expect(readFileSync(results, 'utf8').endsWith('\n')).toBe(true);
    expect(new Set(final.map((result) => result.id)).size).toBe(12);
    expect(second.stdout).toMatch(/pass@1 50\.0% \(95% CI [\d.]+–[\d.]+%, 12 items\)/);
    expect(second.stderr).toContain(`resuming: ${kept.length} of 12 items already done`);
    expect(second.stderr).toContain('dropped 1 incomplete line(s)');
    // Not a terminal: plain progress lines instead of a bar.
    expect(second.stderr).toMatch(/eval: 12\/12 items \|/);
    const summary = JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8'));
    expect(summary.summary.items).toBe(12);
    expect(readFileSync(join(out, 'report.html'), 'utf8')).toContain('<svg');
  });

  it('needs an API key for a remote endpoint and says which variable to set', async () => {
    const run = await startCli([
      'eval',
      ...['--task', 'output', '--data', cruxevalPath, '--model', 'm', '--out', tempDir('semtrace-cli-eval-')],
      ...['--base-url', 'https://models.example.invalid/v1', '--api-key-env', 'SEMTRACE_TEST_UNSET_KEY'],
    ]).output;
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('set the environment variable SEMTRACE_TEST_UNSET_KEY');
    expect(run.stderr).toContain('SEMTRACE_MISSING_API_KEY');
  });

  it('rejects a template with an unknown placeholder before asking anything', async () => {
    server = await startFakeOpenAIServer({ respond: () => ({ kind: 'answer', texts: ['x'] }) });
    const dir = tempDir('semtrace-cli-template-');
    const template = join(dir, 'mine.txt');
    writeFileSync(template, '=== user ===\n{{code}}\nassert {{cal}} == ??\n');
    const run = await startCli([...evalArgs(server.baseURL, join(dir, 'run'), 2), '--template', template])
      .output;
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/mine\.txt:3: unknown placeholder \{\{cal\}\}/);
    expect(run.stderr).toContain('SEMTRACE_TEMPLATE_INVALID');
    expect(server.requests).toHaveLength(0);
  });
});
