import { spawnSync } from 'node:child_process';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useSampleDatasets } from '../dataset/support/sample-datasets.js';
import { repoRoot } from '../support/paths.js';

/** The CLI from source through tsx, so the test does not depend on a fresh build in dist/. */
function semtrace(...args: string[]) {
  return spawnSync(process.execPath, ['--import', 'tsx', `${repoRoot}src/cli/main.ts`, ...args], {
    cwd: repoRoot,
    encoding: 'utf8',
    timeout: 120_000,
  });
}

const fixture = useSampleDatasets({ train: 12, dev: 3, test: 3 });

async function dataset(): Promise<string> {
  return (await fixture.dataset({ shardSize: 5, gzip: true })).dir;
}

describe('semtrace stats', () => {
  it('prints the manifest as tables and confirms the shards', async () => {
    const dir = await dataset();
    const run = semtrace('stats', dir);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    for (const title of [
      'Config',
      'Stages',
      'Filter reasons',
      'Source problems',
      'Splits',
      'Levels',
      'Mutation operators',
      'Run status',
      'Trace length',
      'Shards (10 files',
    ])
      expect(run.stdout).toContain(`\n${title}`);
    expect(run.stdout).toMatch(/\n {2}train +12 +\d+ +66\.7%\n/);
    expect(run.stdout).toMatch(/\n {2}AOR +\d+ +\d+ +100\.0%\n/);
    expect(run.stdout).toMatch(/\n {2}0–9 +\d+ +#+\n/);
    expect(run.stdout).toContain('data/train-00002-of-00003.jsonl.gz  train  jsonl.gz');
    expect(run.stdout).toContain('programs.jsonl:3  bad_json');
    expect(run.stdout).toContain('Verification: all 10 shard files match the manifest');
  });

  it('exits 1 and lists the mismatches when a shard is corrupted', async () => {
    const dir = await dataset();
    const path = join(dir, 'data/dev-00000-of-00001.parquet');
    const bytes = await readFile(path);
    bytes[bytes.byteLength >> 1] = bytes[bytes.byteLength >> 1]! ^ 0xff;
    await writeFile(path, bytes);
    await rm(join(dir, 'data/train-00001-of-00003.jsonl.gz'));
    const run = semtrace('stats', dir);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('Verification FAILED');
    expect(run.stdout).toContain('[sha256] data/dev-00000-of-00001.parquet: sha256');
    expect(run.stdout).toContain(
      '[missing] data/train-00001-of-00003.jsonl.gz: listed in the manifest but missing',
    );
    expect(run.stderr).toContain('SEMTRACE_SHARD_MISMATCH');

    const skipped = semtrace('stats', dir, '--no-verify');
    expect(skipped.status).toBe(0);
    expect(skipped.stdout).toContain('Verification skipped');
  });

  it('prints the manifest and verdict as JSON with --json', async () => {
    const dir = await dataset();
    const run = semtrace('stats', dir, '--json');
    expect(run.status).toBe(0);
    const report = JSON.parse(run.stdout);
    expect(report.verified).toBe(true);
    expect(report.mismatches).toEqual([]);
    expect(report.manifest).toEqual(JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8')));
  });

  it('explains a directory without a manifest', async () => {
    const dir = await fixture.freshDir();
    const run = semtrace('stats', dir);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('has no manifest.json');
    expect(run.stderr).toContain('SEMTRACE_MANIFEST_INVALID');
  });
});
