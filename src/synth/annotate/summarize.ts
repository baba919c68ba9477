/** Acceptance rates of `semtrace annotate`, per direction and check, from the journal entries. Pure. */
import type { AnnotateEntry, DirectionResult } from './annotate-unit.js';

export interface DirectionSummary {
  items: number;
  /** Monologues asked for (all attempts). */
  monologues: number;
  /** Share of monologues whose answer was right. */
  answerRate: number | null;
  /** Share of monologues with no contradicted claim. */
  claimsCleanRate: number | null;
  /** Share of monologues that passed both checks. */
  bothRate: number | null;
  /** Items with a kept monologue, and at which attempt. */
  accepted: number;
  acceptedAtAttempt: Record<string, number>;
  claims: { found: number; confirmed: number; contradicted: number; uncheckable: number };
}

function rate(part: number, whole: number): number | null {
  return whole === 0 ? null : part / whole;
}

export function summarizeDirection(results: readonly DirectionResult[]): DirectionSummary {
  const attempts = results.flatMap((r) => r.attempts);
  const claims = { found: 0, confirmed: 0, contradicted: 0, uncheckable: 0 };
  for (const attempt of attempts) {
    if (!attempt.claims) continue;
    claims.found += attempt.claims.found;
    claims.confirmed += attempt.claims.confirmed;
    claims.contradicted += attempt.claims.contradicted;
    claims.uncheckable += attempt.claims.uncheckable;
  }
  const clean = (a: (typeof attempts)[number]) => a.claims !== null && a.claims.contradicted === 0;
  const acceptedAtAttempt: Record<string, number> = {};
  for (const result of results) {
    if (result.accepted === null) continue;
    const key = String(result.accepted + 1);
    acceptedAtAttempt[key] = (acceptedAtAttempt[key] ?? 0) + 1;
  }
  return {
    items: results.length,
    monologues: attempts.length,
    answerRate: rate(attempts.filter((a) => a.answerVerdict.correct).length, attempts.length),
    claimsCleanRate: rate(attempts.filter(clean).length, attempts.length),
    bothRate: rate(attempts.filter((a) => a.answerVerdict.correct && clean(a)).length, attempts.length),
    accepted: results.filter((r) => r.accepted !== null).length,
    acceptedAtAttempt,
    claims,
  };
}

export function summarizeAnnotate(entries: readonly AnnotateEntry[]) {
  return {
    forward: summarizeDirection(entries.map((e) => e.forward)),
    backward: summarizeDirection(entries.map((e) => e.backward)),
  };
}
