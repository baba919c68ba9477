/**
 * The debugger sampling policy as a build option: resolved into the config (so the manifest and the resume
 * hash carry it), checked with typed errors, and an unfinished build with another policy is not resumed.
 */
import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../../src/dataset/build/build.js';
import { configHash, DEFAULT_FORMATS, resolveConfig } from '../../../src/dataset/build/config.js';
import type { ProgressReporter } from '../../../src/dataset/build/progress.js';
import { isSemtraceError } from '../../../src/errors.js';
import { smallCorpus } from './support.js';

const sources = ['corpus'];

function codeOf(action: () => unknown): string | undefined {
  try {
    action();
  } catch (error) {
    return isSemtraceError(error) ? `${error.code}: ${error.message}` : String(error);
  }
  return undefined;
}

describe('resolveConfig with a debugger policy', () => {
  it('leaves the config of a build without debugger formats as it was', () => {
    const config = resolveConfig({ sources, out: 'x' });
    expect(config.formats).toEqual([...DEFAULT_FORMATS]);
    expect('debugPolicy' in config).toBe(false);
  });

  it('records the default policy, seeded by the build seed, when a debugger format is built', () => {
    const config = resolveConfig({ sources, out: 'x', formats: ['debugger-json'], seed: 7 });
    expect(config.debugPolicy).toEqual({
      actions: ['step', 'next', 'finish', 'continue', 'until'],
      perAction: 2,
      breakpoints: 2,
      inverse: false,
      seed: 7,
    });
  });

  it('keeps the given fields, actions once each in the order given', () => {
    const config = resolveConfig({
      sources,
      out: 'x',
      formats: ['debugger'],
      debugPolicy: {
        actions: ['finish', 'back', 'finish'],
        perAction: 1,
        breakpoints: 0,
        inverse: true,
        seed: 3,
      },
    });
    expect(config.debugPolicy).toEqual({
      actions: ['finish', 'back'],
      perAction: 1,
      breakpoints: 0,
      inverse: true,
      seed: 3,
    });
  });

  it('gives another config hash for another policy', () => {
    const hash = (inverse: boolean) =>
      configHash(
        resolveConfig({ sources, out: 'x', formats: ['debugger'], debugPolicy: { inverse } }),
        '3.11.7',
      );
    expect(hash(true)).not.toBe(hash(false));
  });

  it('rejects unknown actions, an empty list, bad numbers and a policy no format uses', () => {
    const bad = (debugPolicy: object, formats = ['debugger' as const]) =>
      codeOf(() => resolveConfig({ sources, out: 'x', formats, debugPolicy }));
    expect(bad({ actions: ['next', 'jump', 'skip'] })).toBe(
      'SEMTRACE_UNKNOWN_DEBUG_ACTION: unknown debugger action(s) jump, skip in --debug-actions; choose from step, next, finish, continue, until, back, reverse-next, reverse-finish, reverse-continue',
    );
    expect(bad({ actions: [] })).toMatch(/^SEMTRACE_BAD_OPTION: --debug-actions needs at least one action/);
    expect(bad({ perAction: 0 })).toBe(
      'SEMTRACE_BAD_OPTION: --debug-per-action must be an integer ≥ 1, got 0',
    );
    expect(bad({ breakpoints: 1.5 })).toMatch(/^SEMTRACE_BAD_OPTION: --debug-breakpoints must be/);
    expect(bad({ seed: -1 })).toMatch(/^SEMTRACE_BAD_OPTION: --debug-seed must be/);
    expect(codeOf(() => resolveConfig({ sources, out: 'x', debugPolicy: { inverse: true } }))).toMatch(
      /^SEMTRACE_BAD_OPTION: the --debug-\* options set how the debugger and debugger-json formats sample/,
    );
    // An empty policy asks for nothing, so it is not an error without a debugger format.
    expect(codeOf(() => resolveConfig({ sources, out: 'x', debugPolicy: {} }))).toBeUndefined();
  });
});

/** A reporter that stops the build (by throwing, as a crash would) once a chunk is on disk. */
function stopAfterFirstChunk(out: string): ProgressReporter {
  const chunks = join(out, '.build', 'chunks');
  return {
    start() {},
    update() {
      if (existsSync(chunks) && readdirSync(chunks).some((name) => name.startsWith('chunk-')))
        throw new Error('stopped on purpose');
    },
    stop() {},
  };
}

describe('an unfinished debugger build', () => {
  it('is not resumed with another policy, and is resumed with its own', async () => {
    const root = mkdtempSync(join(tmpdir(), 'semtrace-debug-policy-'));
    const corpus = smallCorpus(join(root, 'corpus'), 2);
    const out = join(root, 'out');
    const options = {
      sources: [corpus],
      out,
      backend: 'native' as const,
      workers: 1,
      mutantsPerProgram: 0,
      inputsPerProgram: 0,
      parquet: false,
      chunkSize: 1,
      formats: ['debugger-json' as const],
      debugPolicy: { actions: ['next' as const], inverse: true },
    };
    await expect(buildDataset({ ...options, progress: stopAfterFirstChunk(out) })).rejects.toThrow(
      'stopped on purpose',
    );
    expect(existsSync(join(out, '.build', 'state.json'))).toBe(true);
    expect(existsSync(join(out, 'manifest.json'))).toBe(false);

    const other = buildDataset({ ...options, debugPolicy: { actions: ['next'], inverse: false } });
    await expect(other).rejects.toMatchObject({ code: 'SEMTRACE_OUTPUT_CONFLICT' });

    const resumed = await buildDataset(options);
    expect(resumed.manifest.run.resumedChunks).toBeGreaterThan(0);
    expect(resumed.manifest.config.debugPolicy).toMatchObject({ actions: ['next'], inverse: true });
  }, 300_000);
});
