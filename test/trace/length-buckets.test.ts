import { describe, expect, it } from 'vitest';
import {
  TRACE_LENGTH_EDGES,
  traceLengthBucket,
  traceLengthBucketIndex,
} from '../../src/trace/length-buckets.js';

describe('trace-length buckets', () => {
  it('puts each length in the bucket whose lower edge it reaches', () => {
    expect([0, 4, 5, 9, 10, 999, 1000, 10000, 99999].map(traceLengthBucketIndex)).toEqual([
      0, 0, 1, 1, 2, 7, 8, 11, 11,
    ]);
  });

  it('labels buckets by their closed range, the last one open, and an unknown length as unknown', () => {
    expect([3, 5, 19, 150, 12000, undefined].map(traceLengthBucket)).toEqual([
      '0-4',
      '5-9',
      '10-19',
      '100-199',
      '10000+',
      'unknown',
    ]);
  });

  it('gives every bucket of the manifest histogram a distinct label, in edge order', () => {
    const labels = TRACE_LENGTH_EDGES.map((edge) => traceLengthBucket(edge));
    expect(new Set(labels).size).toBe(TRACE_LENGTH_EDGES.length);
    expect(labels[0]).toBe('0-4');
  });
});
