/** The pipeline commands from the built CLI: each `--demo` runs offline, says it is a replay, and writes its files. */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../support/paths.js';

const cli = `${repoRoot}dist/cli/main.js`;
const dir = mkdtempSync(join(tmpdir(), 'semtrace-pipeline-cli-'));

function semtrace(...args: string[]) {
  return spawnSync(process.execPath, [cli, ...args], { cwd: repoRoot, encoding: 'utf8', timeout: 240_000 });
}

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('pipeline commands (built CLI)', () => {
  it('synth --demo replays the bundled answers and prints the stage counts', () => {
    const run = semtrace('synth', '--demo', '--limit', '6', '--out', join(dir, 'synth'));
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).toContain('DEMO: replaying recorded');
    expect(run.stdout).toMatch(/^\[replay\] synth summary/);
    expect(run.stdout).toMatch(/seeds\s+6/);
    const manifest = JSON.parse(readFileSync(join(dir, 'synth', 'manifest.json'), 'utf8'));
    expect(manifest).toMatchObject({ replay: true, model: 'replay:semtrace-demo', counts: { seeds: 6 } });
    expect(existsSync(join(dir, 'synth', 'programs.jsonl'))).toBe(true);
  }, 240_000);

  it('annotate --demo and debugdata --demo write their layouts', () => {
    const annotate = semtrace('annotate', '--demo', '--out', join(dir, 'annotate'));
    expect(annotate.status, annotate.stderr).toBe(0);
    expect(annotate.stdout).toMatch(/forward kept\s+10 \(by attempt: \{"1":4,"2":4,"3":2\}\)/);
    expect(annotate.stdout).toMatch(/backward kept\s+11/);
    for (const file of ['annotations.jsonl', 'semcoder.jsonl', 'chat.jsonl', 'manifest.json']) {
      expect(existsSync(join(dir, 'annotate', file)), file).toBe(true);
    }
    const debug = semtrace('debugdata', '--demo', '--out', join(dir, 'debugdata'));
    expect(debug.status, debug.stderr).toBe(0);
    expect(debug.stdout).toMatch(/cases kept\s+10/);
    expect(
      readFileSync(join(dir, 'debugdata', 'pyxr.jsonl'), 'utf8')
        .trim()
        .split('\n'),
    ).toHaveLength(10);
  }, 240_000);

  it('asks for a model when not a demo, and refuses to mix two runs in one folder', () => {
    const bare = semtrace('synth', '--out', join(dir, 'x'));
    expect(bare.status).toBe(1);
    expect(bare.stderr).toContain('--model and --base-url');
    const other = semtrace('annotate', '--demo', '--attempts', '1', '--out', join(dir, 'annotate'));
    expect(other.status).toBe(1);
    expect(other.stderr).toContain('SEMTRACE_OUTPUT_CONFLICT');
  }, 240_000);
});
