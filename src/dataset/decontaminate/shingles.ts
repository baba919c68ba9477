/**
 * Token n-grams ("shingles") of a program as 53-bit hashes. Hashing keeps the index small however long
 * the benchmark's string literals are; two independent 32-bit lanes make a collision between different
 * shingles (about 1 in 2^53 per pair) far too rare to change a score.
 */

/** The distinct shingle hashes of `tokens`; a program shorter than `n` tokens is one shingle of all of them. */
export function shingleHashes(tokens: readonly string[], n: number): Set<number> {
  const shingles = new Set<number>();
  if (tokens.length === 0) return shingles;
  const lanes = tokens.map(tokenLanes);
  const width = Math.min(n, tokens.length);
  for (let start = 0; start + width <= tokens.length; start += 1) {
    let a = 0x811c9dc5;
    let b = 0x01000193 ^ width;
    for (let offset = 0; offset < width; offset += 1) {
      const [ta, tb] = lanes[start + offset]!;
      a = Math.imul(a ^ ta, 0x01000193);
      b = Math.imul(b ^ tb, 0x5bd1e995);
      b ^= b >>> 15;
    }
    shingles.add((a >>> 11) * 2 ** 32 + (b >>> 0));
  }
  return shingles;
}

/** Two 32-bit hashes of one token (FNV-1a and a murmur-style mix over its UTF-16 units). */
function tokenLanes(token: string): [number, number] {
  let a = 0x811c9dc5;
  let b = 0x9747b28c;
  for (let index = 0; index < token.length; index += 1) {
    const unit = token.charCodeAt(index);
    a = Math.imul(a ^ unit, 0x01000193);
    b = Math.imul(b ^ unit, 0x5bd1e995);
    b ^= b >>> 13;
  }
  return [a >>> 0, b >>> 0];
}
