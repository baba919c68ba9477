/**
 * `semtrace synth` killed with SIGKILL partway and started again (built CLI against the loopback OpenAI
 * server): no answered request whose answer reached the cache is sent again, and the final programs equal
 * those of a run that was never interrupted.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakeServer, startFakeOpenAIServer } from '../support/fake-openai-server.js';
import { repoRoot } from '../support/paths.js';
import { scriptedAnswer, scriptedSeedsJsonl } from '../support/scripted-model/index.js';

const cli = `${repoRoot}dist/cli/main.js`;
let server: FakeServer;
let dir: string;
/** Prompts the server answered with a 200, with how many times. */
const answered = new Map<string, number>();

function synth(out: string, cache: string): ChildProcess {
  return spawn(
    process.execPath,
    [
      cli,
      'synth',
      '--seeds',
      join(dir, 'seeds.jsonl'),
      '--model',
      'scripted',
      '--base-url',
      server.baseURL,
      '--cache',
      join(dir, cache),
      '--out',
      join(dir, out),
      '--concurrency',
      '2',
      '--workers',
      '2',
    ],
    { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] },
  );
}

function finished(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => child.on('exit', (code) => resolve(code)));
}

function journalLines(out: string): number {
  const path = join(dir, out, 'synth.journal.jsonl');
  return existsSync(path) ? readFileSync(path, 'utf8').split('\n').filter(Boolean).length : 0;
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'semtrace-synth-kill-'));
  // Eight seeds keep the three runs short; they include rejected and kept programs.
  writeFileSync(join(dir, 'seeds.jsonl'), `${scriptedSeedsJsonl().split('\n').slice(0, 8).join('\n')}\n`);
  server = await startFakeOpenAIServer({
    respond: (request) => {
      const user = request.body.messages.at(-1).content as string;
      const text = scriptedAnswer(user, request.body.seed);
      if (text === null) return { kind: 'status', status: 400 };
      answered.set(user, (answered.get(user) ?? 0) + 1);
      return { kind: 'slow', delayMs: 150, after: { kind: 'answer', texts: [text] } };
    },
  });
}, 60_000);

afterAll(async () => {
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('synth after kill -9', () => {
  it('loses nothing, repeats nothing, and asks again only what was in flight', async () => {
    const clean = synth('clean', 'cache-clean');
    expect(await finished(clean)).toBe(0);
    const reference = readFileSync(join(dir, 'clean', 'programs.jsonl'), 'utf8');
    answered.clear();

    const first = synth('killed', 'cache-killed');
    while (journalLines('killed') < 3) await sleep(50);
    first.kill('SIGKILL');
    await finished(first);
    const afterKill = new Map(answered);
    const second = synth('killed', 'cache-killed');
    expect(await finished(second)).toBe(0);

    expect(readFileSync(join(dir, 'killed', 'programs.jsonl'), 'utf8')).toBe(reference);
    const lines = readFileSync(join(dir, 'killed', 'synth.journal.jsonl'), 'utf8')
      .split('\n')
      .filter(Boolean);
    expect(new Set(lines.map((line) => JSON.parse(line).key)).size).toBe(lines.length);
    expect(lines).toHaveLength(8);
    // Asked twice: only requests still in flight at the kill (at most the concurrency, 2, plus a
    // fallback request each).
    const twice = [...answered.entries()].filter(([, count]) => count > 1);
    expect(twice.length).toBeLessThanOrEqual(4);
    for (const [prompt] of twice) expect(afterKill.get(prompt)).toBe(1);
  }, 300_000);
});
