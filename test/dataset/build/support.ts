/** Helpers for builder tests: a small corpus copied from the demo, and the built CLI as a child process. */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../../support/paths.js';

export const cli = join(repoRoot, 'dist/cli/main.js');
export const demoCorpus = join(repoRoot, 'corpus/demo');

/** The first `perLevel` programs of each demo level (with their .in / .calls files) under `dir`. */
export function smallCorpus(dir: string, perLevel: number): string {
  for (const level of ['single-line', 'tutorial', 'contest']) {
    const from = join(demoCorpus, level);
    const to = join(dir, level);
    mkdirSync(to, { recursive: true });
    const programs = readdirSync(from)
      .filter((name) => name.endsWith('.py'))
      .sort()
      .slice(0, perLevel)
      .map((name) => name.slice(0, -3));
    for (const name of readdirSync(from)) {
      const stem = name.split('.')[0] as string;
      if (programs.includes(stem)) cpSync(join(from, name), join(to, name));
    }
  }
  return dir;
}

export function semtraceSync(args: string[]) {
  return spawnSync(process.execPath, [cli, ...args], { cwd: repoRoot, encoding: 'utf8', timeout: 300_000 });
}

export function semtraceChild(args: string[]) {
  return spawn(process.execPath, [cli, ...args], { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] });
}

/** Every file of a built dataset except the manifest (which holds timings), name → bytes. */
export function shardBytes(out: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  const dataDir = join(out, 'data');
  for (const name of readdirSync(dataDir).sort()) files.set(name, readFileSync(join(dataDir, name)));
  return files;
}

/**
 * Status counts with `timeout` and `step_limit` added together: an endless mutant stops at whichever limit
 * it reaches first, and on a loaded machine that can be the clock. Both are filtered, so the shards agree.
 */
export function limitsMerged(counts: Record<string, number>): Record<string, number> {
  const { timeout = 0, step_limit = 0, ...rest } = counts;
  return { ...rest, limits: timeout + step_limit };
}
