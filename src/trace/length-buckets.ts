/**
 * The one bucketing of trace lengths (events), shared by the dataset manifest's histogram, the
 * evaluation summaries and reports, and the viewer, so a length lands in the same bucket everywhere.
 */

/** Lower edges: bucket i holds lengths in [EDGES[i], EDGES[i + 1]); the last bucket is open. */
export const TRACE_LENGTH_EDGES: readonly number[] = [
  0, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10000,
];

/** The index of the bucket that holds `length`. */
export function traceLengthBucketIndex(length: number): number {
  let bucket = 0;
  while (bucket + 1 < TRACE_LENGTH_EDGES.length && length >= (TRACE_LENGTH_EDGES[bucket + 1] as number))
    bucket += 1;
  return bucket;
}

/** The bucket's label, `5-9` or `10000+` for the last; `unknown` when the length is not known. */
export function traceLengthBucket(length: number | undefined): string {
  if (length === undefined) return 'unknown';
  const index = traceLengthBucketIndex(length);
  const low = TRACE_LENGTH_EDGES[index] as number;
  const next = TRACE_LENGTH_EDGES[index + 1];
  return next === undefined ? `${low}+` : `${low}-${next - 1}`;
}

/** Orders bucket labels by length, `unknown` last. */
export function compareTraceLengthBuckets(a: string, b: string): number {
  const low = (label: string) =>
    label === 'unknown' ? Number.POSITIVE_INFINITY : Number(/\d+/.exec(label)?.[0] ?? 0);
  return low(a) - low(b);
}
