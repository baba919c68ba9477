import type { Rng } from '../../common/random.js';
import { dedupeSetItems, hashKey } from './equality.js';
import { isHomogeneousTuple } from './shape.js';
import { type PyDictEntry, type PyValue, py } from './value.js';

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';
const POOL = `${LETTERS}${LETTERS.toUpperCase()}0123456789 `;

/** A character for an edit: usually one the text already uses, so edits stay in its alphabet. */
export function pickChar(rng: Rng, existing: readonly string[]): string {
  if (existing.length > 0 && rng.chance(0.5)) return rng.pick(existing);
  return rng.pick(Array.from(POOL));
}

/** A random int around the sample's magnitude: small values usually, sometimes larger ones. */
export function randomInt(rng: Rng, near: bigint): bigint {
  const roll = rng.next();
  if (roll < 0.4) return BigInt(rng.int(-10, 10));
  if (roll < 0.7) return near + BigInt(rng.int(-10, 10));
  if (roll < 0.9) return BigInt(rng.int(-1000, 1000));
  return BigInt(rng.int(-1_000_000, 1_000_000));
}

/** A random float with at most two decimals, so mutated inputs stay readable. */
export function randomFloat(rng: Rng, near: number): number {
  const scale = Number.isFinite(near) && Math.abs(near) > 1 ? Math.abs(near) * 2 : 10;
  return Math.round((rng.next() * 2 - 1) * scale * 100) / 100;
}

function randomText(rng: Rng, sample: readonly string[]): string[] {
  const length = rng.int(Math.max(0, sample.length - 2), sample.length + 2);
  return Array.from({ length }, () => pickChar(rng, sample));
}

/**
 * Makes a new value of the same type shape as `sample` — the way a new container item is invented from
 * its siblings. Opaque expressions cannot be invented, so they are copied.
 */
export function synthesizeLike(sample: PyValue, rng: Rng): PyValue {
  switch (sample.kind) {
    case 'int':
      return py.int(randomInt(rng, sample.value));
    case 'float':
      return py.float(randomFloat(rng, sample.value));
    case 'complex':
      return py.complex(randomFloat(rng, sample.real), randomFloat(rng, sample.imag));
    case 'bool':
      return py.bool(rng.chance(0.5));
    case 'none':
    case 'expr':
      return sample;
    case 'str':
      return py.str(randomText(rng, Array.from(sample.value)).join(''));
    case 'bytes': {
      const chars = randomText(
        rng,
        Array.from(sample.value, (byte) => String.fromCharCode(byte)),
      );
      return py.bytes(chars.map((ch) => ch.charCodeAt(0)));
    }
    case 'list':
    case 'set': {
      const items = synthesizeItems(sample.items, rng);
      return sample.kind === 'list' ? py.list(items) : py.set(dedupeSetItems(items));
    }
    case 'tuple':
      return isHomogeneousTuple(sample.items)
        ? py.tuple(synthesizeItems(sample.items, rng))
        : py.tuple(sample.items.map((item) => synthesizeLike(item, rng)));
    case 'dict':
      return py.dict(synthesizeEntries(sample.entries, rng));
  }
}

function synthesizeItems(samples: readonly PyValue[], rng: Rng): PyValue[] {
  if (samples.length === 0) return [];
  const length = rng.int(0, Math.min(samples.length + 1, 6));
  return Array.from({ length }, () => synthesizeLike(rng.pick(samples), rng));
}

function synthesizeEntries(samples: readonly PyDictEntry[], rng: Rng): PyDictEntry[] {
  const out: PyDictEntry[] = [];
  const keys = new Set<string>();
  if (samples.length === 0) return out;
  const length = rng.int(0, Math.min(samples.length + 1, 6));
  for (let i = 0; i < length; i += 1) {
    const template = rng.pick(samples);
    const key = synthesizeLike(template.key, rng);
    const hash = hashKey(key);
    if (hash === null || keys.has(hash)) continue;
    keys.add(hash);
    out.push({ key, value: synthesizeLike(template.value, rng) });
  }
  return out;
}

/** A new item like one of `siblings` that is not Python-equal to any of `avoid`; undefined if none found. */
export function synthesizeDistinct(
  siblings: readonly PyValue[],
  avoid: readonly PyValue[],
  rng: Rng,
): PyValue | undefined {
  const taken = new Set(avoid.map(hashKey));
  for (let attempt = 0; attempt < 8; attempt += 1) {
    const candidate = synthesizeLike(rng.pick(siblings), rng);
    const key = hashKey(candidate);
    if (key !== null && !taken.has(key)) return candidate;
  }
  return undefined;
}
