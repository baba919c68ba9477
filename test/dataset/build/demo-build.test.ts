import { createReadStream, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../../src/dataset/build/build.js';
import { sampleId } from '../../../src/dataset/build/sample.js';
import { readParquetShard } from '../../../src/dataset/read/index.js';
import { LEVELS, type Manifest, type Sample, SPLITS } from '../../../src/dataset/types.js';
import { createEngine } from '../../../src/engine/engine.js';
import type { BackendName } from '../../../src/engine/types.js';

async function readJsonl(path: string): Promise<Sample[]> {
  const samples: Sample[] = [];
  for await (const line of createInterface({ input: createReadStream(path, 'utf8') })) {
    if (line) samples.push(JSON.parse(line) as Sample);
  }
  return samples;
}

async function allSamples(out: string, manifest: Manifest): Promise<Sample[]> {
  const samples: Sample[] = [];
  for (const shard of manifest.shards.filter((s) => s.format === 'jsonl')) {
    samples.push(...(await readJsonl(join(out, shard.path))));
  }
  return samples;
}

describe.each(['native', 'pyodide'] as BackendName[])('semtrace build --demo (%s)', (backend) => {
  const out = mkdtempSync(join(tmpdir(), `semtrace-demo-${backend}-`));
  let manifest: Manifest;
  let samples: Sample[];

  it('builds the bundled corpus end to end', async () => {
    const result = await buildDataset({ demo: true, out, backend, workers: 2 });
    manifest = result.manifest;
    samples = await allSamples(out, manifest);
    const { counts } = manifest;
    expect(counts.sourcePrograms).toBeGreaterThanOrEqual(150);
    expect(counts.stages.written).toBe(samples.length);
    expect(counts.stages.written).toBeGreaterThan(counts.sourcePrograms * 2);
    expect(counts.stages.executed).toBe(counts.stages.planned);
    for (const level of LEVELS) expect(counts.perLevel[level], level).toBeGreaterThan(50);
    expect(SPLITS.reduce((sum, split) => sum + counts.perSplit[split].samples, 0)).toBe(samples.length);
    expect(Object.values(counts.perOperator).some((operator) => operator.written > 0)).toBe(true);
    expect(counts.equivalentMutants.found).toBeGreaterThan(0);
    expect(manifest.environment.backend).toBe(backend);
  }, 600_000);

  it('keeps every program in one split, and every split non-empty', () => {
    const splitOf = new Map<string, string>();
    for (const sample of samples) {
      const seen = splitOf.get(sample.sourceId);
      if (seen !== undefined) expect(sample.split, sample.sourceId).toBe(seen);
      splitOf.set(sample.sourceId, sample.split);
    }
    for (const split of SPLITS)
      expect(
        samples.some((sample) => sample.split === split),
        split,
      ).toBe(true);
  });

  it('writes records with content-derived ids, the Python version, statuses and renders', () => {
    const ids = new Set(samples.map((sample) => sample.id));
    expect(ids.size).toBe(samples.length);
    for (const sample of samples) {
      expect(sample.id).toBe(sampleId(sample, sample.backend, sample.python));
      expect(sample.backend).toBe(backend);
      expect(sample.python).toMatch(/^3\.\d+\.\d+/);
      expect(sample.traceLength).toBe(sample.trace.length);
      expect(sample.renders.json).toBeDefined();
      expect(sample.renders.codeexecutor).toBeDefined();
      if (sample.mutation) {
        expect(sample.mutation.originalCode).not.toBe(sample.code);
        expect(sample.mutation.equivalentBehaviour).toBe(false);
      }
    }
    expect(samples.some((sample) => sample.mode === 'call' && sample.inputOrigin === 'mutated')).toBe(true);
    expect(samples.some((sample) => sample.mode === 'script' && sample.inputOrigin === 'mutated')).toBe(true);
    expect(samples.some((sample) => sample.status === 'error')).toBe(true);
  });

  it('records traces that CPython reproduces exactly', async () => {
    const engine = await createEngine({ backend, workers: 1 });
    try {
      for (const sample of samples.filter((_, i) => i % 97 === 0)) {
        const result = await engine.run({
          code: sample.code,
          mode: sample.mode,
          ...sample.input,
          limits: manifest.config.limits,
        });
        expect(result.steps, sample.id).toEqual(sample.trace);
        expect(result.stdout).toBe(sample.output.stdout);
        expect(result.returnRepr).toBe(sample.output.returnRepr);
      }
    } finally {
      await engine.close();
    }
  }, 120_000);

  it('writes Parquet shards that read back as the same records', async () => {
    for (const shard of manifest.shards.filter((s) => s.format === 'parquet')) {
      const fromParquet = await readParquetShard(join(out, shard.path));
      const fromJsonl = await readJsonl(join(out, shard.path.replace(/\.parquet$/, '.jsonl')));
      expect(fromParquet).toEqual(fromJsonl);
    }
  }, 120_000);
});
