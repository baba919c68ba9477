/**
 * The one seeded PRNG of the project (mulberry32: 32-bit state, uniform floats in [0, 1)). Mutants,
 * inputs, splits of questions and samples are picked with it, so the same seed gives the same data on
 * every platform and Node version.
 */

/** A generator of floats in [0, 1) starting from the raw 32-bit `state`. */
export function mulberry32(state: number): () => number {
  let current = state >>> 0;
  return () => {
    current = (current + 0x6d2b79f5) >>> 0;
    let t = current;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A generator seeded with `seed` as it is (its integer part). */
export function seededRandom(seed: number): () => number {
  return mulberry32(Math.trunc(seed) >>> 0);
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

/** Picking helpers over one generator. The seed is mixed once so that nearby seeds (1, 2, 3) start far apart. */
export class Rng {
  readonly next: () => number;

  constructor(seed: number) {
    this.next = mulberry32(Math.imul((seed | 0) ^ 0x9e3779b9, 0x85ebca6b));
  }

  /** An integer in [min, max], both inclusive. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('pick from an empty list');
    return items[this.int(0, items.length - 1)] as T;
  }

  /** Picks by weight; weights must be positive. */
  pickWeighted<T>(items: readonly T[], weight: (item: T) => number): T {
    const total = items.reduce((sum, item) => sum + weight(item), 0);
    let roll = this.next() * total;
    for (const item of items) {
      roll -= weight(item);
      if (roll < 0) return item;
    }
    return items[items.length - 1] as T;
  }

  shuffle<T>(items: readonly T[]): T[] {
    const out = [...items];
    for (let i = out.length - 1; i > 0; i -= 1) {
      const j = this.int(0, i);
      [out[i], out[j]] = [out[j] as T, out[i] as T];
    }
    return out;
  }
}
