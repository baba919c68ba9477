import { describe, expect, it } from 'vitest';
import { planShards } from '../../../src/dataset/output/shard-plan.js';

describe('planShards', () => {
  it('fills shards to the shard size in plan order and gives empty splits no file', () => {
    const slots = planShards(
      [
        { split: 'train', records: 25 },
        { split: 'dev', records: 0 },
        { split: 'test', records: 10 },
      ],
      10,
    );
    expect(slots.map((s) => [s.stem, s.records])).toEqual([
      ['data/train-00000-of-00003', 10],
      ['data/train-00001-of-00003', 10],
      ['data/train-00002-of-00003', 5],
      ['data/test-00000-of-00001', 10],
    ]);
  });

  it('pads indexes to five digits and keeps going past them', () => {
    const slots = planShards([{ split: 'dev', records: 100_001 }], 1);
    expect(slots.at(-1)!.stem).toBe('data/dev-100000-of-100001');
    expect(slots[42]!.stem).toBe('data/dev-00042-of-100001');
  });

  it('rejects a bad shard size, a repeated split and a negative count', () => {
    expect(() => planShards([], 0)).toThrow(/shard size must be a positive whole number/);
    expect(() =>
      planShards(
        [
          { split: 'train', records: 1 },
          { split: 'train', records: 2 },
        ],
        5,
      ),
    ).toThrow(/appears twice/);
    expect(() => planShards([{ split: 'test', records: -1 }], 5)).toThrow(/plans -1 records/);
  });
});
