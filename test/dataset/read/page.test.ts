import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Dataset, openDataset } from '../../../src/dataset/read/open-dataset.js';
import type { Sample } from '../../../src/dataset/types.js';
import { makeSamples } from '../support/sample-from-run.js';
import { temporaryDir, writeTestDataset } from '../support/write-test-dataset.js';

let samples: Sample[];
let train: Sample[];
let data: Dataset;
let dir: string;

beforeAll(async () => {
  samples = await makeSamples({ train: 20, dev: 2, test: 2 });
  train = samples.filter((s) => s.split === 'train');
  dir = await temporaryDir();
  await writeTestDataset(dir, samples, { shardSize: 6 });
  data = await openDataset(dir);
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('page', () => {
  it('pages through a split across shard boundaries with the total from the manifest', async () => {
    const page = await data.page('train', 5, 4);
    expect(page.total).toBe(20);
    expect(page.samples).toEqual(train.slice(5, 9));
    const crossing = await data.page('train', 11, 3);
    expect(crossing.samples).toEqual(train.slice(11, 14));
    const tail = await data.page('train', 18, 10);
    expect(tail.samples).toEqual(train.slice(18));
    expect((await data.page('train', 40, 5)).samples).toEqual([]);
  });

  it('skips whole shards before the offset without reading them', async () => {
    // The first two shards are gone: a page after them must still be served from the third.
    const gone = await openDataset(dir);
    await rm(join(dir, 'data/train-00000-of-00004.jsonl'), { force: true });
    await rm(join(dir, 'data/train-00001-of-00004.jsonl'), { force: true });
    try {
      expect((await gone.page('train', 13, 2)).samples).toEqual(train.slice(13, 15));
    } finally {
      await writeTestDataset(dir, samples, { shardSize: 6 });
    }
  });

  it('filters by level, status, operator, trace length and code text, counting all matches', async () => {
    const check = async (filter: Parameters<Dataset['page']>[3], predicate: (s: Sample) => boolean) => {
      const expected = train.filter(predicate);
      expect(expected.length).toBeGreaterThan(0);
      const page = await data.page('train', 1, 2, filter);
      expect(page.total).toBe(expected.length);
      expect(page.samples).toEqual(expected.slice(1, 3));
    };
    await check({ level: 'contest' }, (s) => s.level === 'contest');
    await check({ status: 'step_limit' }, (s) => s.status === 'step_limit');
    await check({ status: 'error' }, (s) => s.status === 'error');
    await check({ operator: 'AOR' }, (s) => s.mutation?.operators.includes('AOR') === true);
    await check({ operator: 'none' }, (s) => s.mutation === null);
    await check({ minTraceLength: 10 }, (s) => s.traceLength >= 10);
    await check({ minTraceLength: 3, maxTraceLength: 8 }, (s) => s.traceLength >= 3 && s.traceLength <= 8);
    await check({ text: 'UPPER' }, (s) => s.code.includes('upper'));
    await check({ level: 'tutorial', status: 'ok' }, (s) => s.level === 'tutorial' && s.status === 'ok');
  });

  it('returns an empty page and zero total when nothing matches', async () => {
    const page = await data.page('dev', 0, 10, { text: 'no program contains this' });
    expect(page).toEqual({ split: 'dev', offset: 0, limit: 10, total: 0, samples: [] });
  });

  it('rejects bad arguments with a message', async () => {
    await expect(data.page('train', -1, 5)).rejects.toThrow(/offset and limit must be whole numbers/);
    await expect(data.page('validation' as 'dev', 0, 5)).rejects.toThrow(/unknown split 'validation'/);
  });
});
