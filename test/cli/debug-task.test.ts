/** `semtrace eval --task debug` against the loopback fake model, then `semtrace score` on its answers. */
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { debugQuestionText } from '../../src/debug/prompt.js';
import { loadTaskItems } from '../../src/tasks/load.js';
import type { TaskItem } from '../../src/tasks/types.js';
import { tempDir } from '../eval/run/eval-fixture.js';
import { type FakeServer, startFakeOpenAIServer } from '../support/fake-openai-server.js';
import { cruxevalPath, repoRoot } from '../support/paths.js';

let server: FakeServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

function cli(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], {
      cwd: repoRoot,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** The real next state for even items, a wrong line for odd ones. */
function scripted(item: TaskItem, index: number): string {
  const real = item.debug!.answer;
  const state =
    index % 2 === 0 ? real : real.ended ? { line: 1, changed: {} } : { ...real, line: real.line! + 50 };
  return `[ANSWER]\n${JSON.stringify(state)}\n[/ANSWER]`;
}

describe('semtrace eval / score --task debug', () => {
  it('asks the model, scores next states, and breaks results down by action', {
    timeout: 300_000,
  }, async () => {
    const items: TaskItem[] = [];
    for await (const item of loadTaskItems('debug', cruxevalPath, { limit: 10, backend: 'native' }))
      items.push(item);
    server = await startFakeOpenAIServer({
      respond: (request) => {
        const index = items.findIndex(
          (item) =>
            request.prompt.includes(item.code.trimEnd().split('\n')[0]!) &&
            request.prompt.includes(debugQuestionText(item.debug!)),
        );
        return { kind: 'answer', texts: [index >= 0 ? scripted(items[index]!, index) : 'no idea'] };
      },
    });
    const out = tempDir('semtrace-debug-eval-');
    const run = await cli([
      'eval',
      ...['--task', 'debug', '--data', cruxevalPath, '--limit', '10'],
      ...['--model', 'fake', '--base-url', server.baseURL, '--temperature', '0'],
      ...['--backend', 'native', '--workers', '1', '--concurrency', '2', '--no-cache', '--out', out],
    ]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/pass@1 50\.0%/);
    const summary = JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8')).summary;
    expect(summary.debugMetrics.exactState).toBeCloseTo(0.5, 5);
    expect(summary.debugMetrics.lineAccuracy).toBeCloseTo(0.5, 5);
    expect(Object.keys(summary.byAction).sort()).toEqual(['continue', 'finish', 'next', 'step', 'until']);
    expect(readFileSync(join(out, 'report.md'), 'utf8')).toContain('## By debugger action');

    // The same answers as a predictions file, scored offline.
    const predictions = join(out, 'predictions.jsonl');
    writeFileSync(
      predictions,
      items
        .map((item, index) => JSON.stringify({ id: item.id, prediction: scripted(item, index) }))
        .join('\n'),
    );
    const scored = await cli([
      'score',
      ...['--task', 'debug', '--data', cruxevalPath, '--predictions', predictions, '--limit', '10'],
      ...['--backend', 'native', '--json'],
    ]);
    expect(scored.code, scored.stderr).toBe(0);
    const report = JSON.parse(scored.stdout);
    const scoredSummary = report.summary ?? report;
    expect(scoredSummary.passAtK['pass@1'].value).toBeCloseTo(0.5, 5);
    expect(scoredSummary.byAction.step.items).toBe(2);
  });
});
