/**
 * `semtrace build --formats debugger … --debug-*`: the sampling policy reaches the renders, is recorded in
 * the manifest, and a rerun with another policy is treated like a rerun with any other option.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Manifest, Sample } from '../../src/dataset/types.js';
import { shardBytes, smallCorpus } from '../dataset/build/support.js';
import { repoRoot } from '../support/paths.js';

/** The CLI from source through tsx, so the test does not depend on a fresh build in dist/. */
function semtrace(...args: string[]) {
  return spawnSync(process.execPath, ['--import', 'tsx', `${repoRoot}src/cli/main.ts`, ...args], {
    cwd: repoRoot,
    encoding: 'utf8',
    timeout: 300_000,
  });
}

const root = mkdtempSync(join(tmpdir(), 'semtrace-build-debug-'));
// One program per demo level, originals only: enough runs of every mode, quick on the native backend.
const corpus = smallCorpus(join(root, 'corpus'), 1);
const base = (out: string) => [
  'build',
  corpus,
  '--out',
  out,
  '--backend',
  'native',
  '--workers',
  '1',
  '--mutants-per-program',
  '0',
  '--inputs-per-program',
  '0',
  '--no-parquet',
  '--quiet',
];
const policyFlags = ['--debug-actions', 'next,finish', '--debug-inverse'];

function manifestOf(out: string): Manifest {
  return JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')) as Manifest;
}

function samplesOf(out: string): Sample[] {
  const dataDir = join(out, 'data');
  return readdirSync(dataDir)
    .filter((name) => name.endsWith('.jsonl'))
    .sort()
    .flatMap((name) => readFileSync(join(dataDir, name), 'utf8').split('\n').filter(Boolean))
    .map((line) => JSON.parse(line) as Sample);
}

interface JsonSamples {
  breakpoints: number[];
  samples: { action: string; inverse: boolean }[];
}

function debuggerJson(sample: Sample): JsonSamples {
  return JSON.parse(sample.renders['debugger-json']!) as JsonSamples;
}

describe('semtrace build --debug-*', () => {
  const out = join(root, 'next-finish-inverse');
  let samples: Sample[];

  beforeAll(() => {
    const run = semtrace(...base(out), '--formats', 'debugger,debugger-json', ...policyFlags);
    expect(run.status, run.stderr).toBe(0);
    samples = samplesOf(out);
  }, 300_000);

  it('writes only the chosen actions, every sample inverse', () => {
    expect(samples.length).toBeGreaterThanOrEqual(3);
    const actions = new Set<string>();
    for (const sample of samples) {
      expect(Object.keys(sample.renders).sort()).toEqual(['debugger', 'debugger-json']);
      const json = debuggerJson(sample);
      expect(json.samples.length).toBeGreaterThan(0);
      for (const item of json.samples) {
        actions.add(item.action);
        expect(item.inverse).toBe(true);
      }
      // The text render asks for the earlier state: `before <action>`, never a forward action line.
      const text = sample.renders.debugger!;
      const lines = text.split('\n').filter((line) => line.startsWith('<|debug_sep|>'));
      expect(lines.length).toBe(json.samples.length);
      for (const line of lines) expect(line).toMatch(/^<\|debug_sep\|>before (next|finish)<\|frame_sep\|>$/);
    }
    expect([...actions].sort()).toEqual(['finish', 'next']);
  });

  it('records the resolved policy in the manifest, which the schema accepts', () => {
    const manifest = manifestOf(out);
    expect(manifest.config.debugPolicy).toEqual({
      actions: ['next', 'finish'],
      perAction: 2,
      breakpoints: 2,
      inverse: true,
      seed: 0,
    });
    const schema = JSON.parse(readFileSync(join(repoRoot, 'schema/manifest.schema.json'), 'utf8'));
    const validate = new Ajv({ allErrors: true }).compile(schema);
    expect(validate(manifest), JSON.stringify(validate.errors)).toBe(true);
    const stats = semtrace('stats', out);
    expect(stats.status, stats.stderr).toBe(0);
    expect(stats.stdout).toMatch(
      /\n {2}debugger +actions next,finish; 2 per action; 2 breakpoints; inverse \(earlier state from the later\); seed 0\n/,
    );
  });

  it('does nothing on a rerun with the same policy', () => {
    const before = shardBytes(out);
    const again = semtrace(...base(out), '--formats', 'debugger,debugger-json', ...policyFlags);
    expect(again.status, again.stderr).toBe(0);
    expect(again.stdout).toContain('already holds this dataset');
    expect(shardBytes(out)).toEqual(before);
  });

  it('refuses another policy on the same --out, and rebuilds with it under --overwrite', () => {
    const before = shardBytes(out);
    const other = semtrace(...base(out), '--formats', 'debugger,debugger-json', '--debug-actions', 'step');
    expect(other.status).toBe(1);
    expect(other.stderr).toContain('SEMTRACE_OUTPUT_CONFLICT');
    expect(shardBytes(out)).toEqual(before);

    const rebuilt = semtrace(
      ...base(out),
      '--formats',
      'debugger,debugger-json',
      '--debug-actions',
      'step',
      '--overwrite',
    );
    expect(rebuilt.status, rebuilt.stderr).toBe(0);
    expect(manifestOf(out).config.debugPolicy).toMatchObject({ actions: ['step'], inverse: false });
    for (const sample of samplesOf(out))
      for (const item of debuggerJson(sample).samples)
        expect(item).toMatchObject({ action: 'step', inverse: false });
  }, 300_000);

  it('rejects an unknown action with a typed error naming the valid ones, before anything runs', () => {
    const bad = join(root, 'bad-action');
    const run = semtrace(...base(bad), '--formats', 'debugger', '--debug-actions', 'next,jump');
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('[SEMTRACE_UNKNOWN_DEBUG_ACTION]');
    expect(run.stderr).toContain('jump');
    expect(run.stderr).toContain(
      'step, next, finish, continue, until, back, reverse-next, reverse-finish, reverse-continue',
    );
    expect(existsSync(bad)).toBe(false);
  });

  it('rejects --debug-* options when no debugger format is built', () => {
    const run = semtrace(...base(join(root, 'no-debugger')), '--formats', 'json', '--debug-inverse');
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('[SEMTRACE_BAD_OPTION]');
    expect(run.stderr).toContain('add one of them to --formats');
  });
});
