/**
 * The unbiased pass@k estimator of Chen et al. (2021): from n samples of which c are correct, the
 * probability that at least one of k samples drawn without replacement is correct,
 * 1 - C(n-c, k) / C(n, k), computed as a product so it never overflows.
 */
import { SemtraceError } from '../../errors.js';

export function passAtK(n: number, c: number, k: number): number {
  if (![n, c, k].every(Number.isInteger) || n < 0 || c < 0 || c > n || k < 1) {
    throw new SemtraceError(
      'SEMTRACE_BAD_OPTION',
      `pass@k needs whole numbers with 0 ≤ c ≤ n and k ≥ 1 (got n=${n}, c=${c}, k=${k})`,
    );
  }
  if (k > n) {
    throw new SemtraceError(
      'SEMTRACE_BAD_OPTION',
      `pass@${k} needs at least ${k} samples per item (got ${n}); sample more or ask for a smaller k`,
    );
  }
  if (n - c < k) return 1;
  let allWrong = 1;
  for (let i = n - c + 1; i <= n; i++) allWrong *= 1 - k / i;
  return 1 - allWrong;
}

/** pass@k for every requested k the item has enough samples for (always k = 1 when n ≥ 1). */
export function passAtKs(correct: boolean[], ks: readonly number[]): Record<string, number> {
  const n = correct.length;
  const c = correct.filter(Boolean).length;
  const out: Record<string, number> = {};
  for (const k of new Set([1, ...ks])) if (k <= n) out[`pass@${k}`] = passAtK(n, c, k);
  return out;
}
