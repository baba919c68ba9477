/**
 * A small seeded PRNG (mulberry32): 32-bit state, uniform floats in [0, 1). Good enough for picking
 * mutants, and the same seed gives the same sequence on every platform.
 */
export function seededRandom(seed: number): () => number {
  let state = Math.trunc(seed) >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `count` distinct indices below `size`, chosen uniformly (partial Fisher-Yates), in ascending order. */
export function sampleIndices(size: number, count: number, random: () => number): number[] {
  if (count >= size) return Array.from({ length: size }, (_, i) => i);
  const pool = Array.from({ length: size }, (_, i) => i);
  for (let i = 0; i < count; i++) {
    const j = i + Math.floor(random() * (size - i));
    [pool[i], pool[j]] = [pool[j] as number, pool[i] as number];
  }
  return pool.slice(0, count).sort((a, b) => a - b);
}
