/**
 * The shared setup of tests that write datasets: real samples made once before a file's tests, and
 * temporary directories that are all removed after them. Call `useSampleDatasets` at the top of a test
 * file (or in a describe block); read `samples` and make directories inside tests.
 */
import { rm } from 'node:fs/promises';
import { afterAll, beforeAll } from 'vitest';
import type { Manifest, Sample, Split } from '../../../src/dataset/types.js';
import { makeSamples } from './sample-from-run.js';
import { temporaryDir, writeTestDataset } from './write-test-dataset.js';

export type TestDatasetOptions = Parameters<typeof writeTestDataset>[2];

export interface SampleDatasets {
  /** The samples, split in order train, dev, test by the sizes given (available once tests run). */
  readonly samples: Sample[];
  /** A new empty temporary directory, removed after the tests. */
  freshDir(): Promise<string>;
  /** The samples written with writeTestDataset into a fresh directory. */
  dataset(options?: TestDatasetOptions): Promise<{ dir: string; manifest: Manifest }>;
}

export function useSampleDatasets(sizes: Record<Split, number>): SampleDatasets {
  let samples: Sample[] | undefined;
  const dirs: string[] = [];
  beforeAll(async () => {
    samples = await makeSamples(sizes);
  });
  afterAll(async () => {
    for (const dir of dirs) await rm(dir, { recursive: true, force: true });
  });
  const made = (): Sample[] => {
    if (!samples)
      throw new Error('useSampleDatasets: the samples are made in beforeAll; read them inside tests');
    return samples;
  };
  const freshDir = async (): Promise<string> => {
    const dir = await temporaryDir();
    dirs.push(dir);
    return dir;
  };
  return {
    get samples() {
      return made();
    },
    freshDir,
    async dataset(options = {}) {
      const dir = await freshDir();
      const manifest = await writeTestDataset(dir, made(), options);
      return { dir, manifest };
    },
  };
}
