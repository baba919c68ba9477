/**
 * Checking each claim against the real trace. Pure. A value claim is confirmed when the variable held that
 * value at some step, in the order the monologue tells it (a later claim about the same variable may not
 * go back in time unless the sentence restates an earlier value); with an iteration ("in the second
 * iteration"), only the steps of that iteration count. A loop count is confirmed when some entry into a
 * loop ran that many iterations; a return value when some call returned it.
 */
import type { Claim } from './extract-claims.js';
import type { Loop, TraceFacts } from './trace-facts.js';
import { ValueParser } from './values-equal.js';

export type ClaimStatus = 'confirmed' | 'contradicted' | 'uncheckable';

export interface CheckedClaim {
  claim: Claim;
  status: ClaimStatus;
  /** Why: what the trace holds instead, or why it cannot be checked. */
  evidence: string;
}

export interface ClaimReport {
  found: number;
  confirmed: number;
  contradicted: number;
  uncheckable: number;
  claims: CheckedClaim[];
}

function preview(reprs: string[]): string {
  const shown = reprs.slice(0, 6).join(', ');
  return reprs.length > 6 ? `${shown}, …` : shown;
}

/** The loop a claim about `variable` in an iteration refers to: the first that assigns it, else the first. */
function loopFor(facts: TraceFacts, variable: string): Loop | undefined {
  const ran = facts.loops.filter((loop) => loop.entries.some((e) => e.iterationStarts.length > 0));
  return ran.find((loop) => loop.assigned.has(variable)) ?? ran[0];
}

function iterationWindow(loop: Loop, iteration: number): [number, number] | null {
  const entry = loop.entries.find((e) => e.iterationStarts.length > 0)!;
  const starts = entry.iterationStarts;
  const index = iteration === -1 ? starts.length - 1 : iteration - 1;
  if (index < 0 || index >= starts.length) return null;
  const from = starts[index]!;
  // Through the next header visit: the state after the iteration's last line is seen there.
  const to = starts[index + 1] ?? entry.end + 1;
  return [from, to];
}

export function checkClaims(claims: readonly Claim[], facts: TraceFacts): ClaimReport {
  const values = new ValueParser();
  const position = new Map<string, number>();
  const checked = claims.map((claim): CheckedClaim => {
    switch (claim.kind) {
      case 'unknown-name':
        return { claim, status: 'uncheckable', evidence: `the run has no variable named ${claim.variable}` };
      case 'loop-count': {
        const counts = facts.loops.flatMap((loop) => loop.entries.map((e) => e.iterationStarts.length));
        if (counts.length === 0) return { claim, status: 'uncheckable', evidence: 'no loop ran' };
        return counts.includes(claim.count)
          ? { claim, status: 'confirmed', evidence: `a loop ran ${claim.count} times` }
          : { claim, status: 'contradicted', evidence: `loops ran ${[...new Set(counts)].join(', ')} times` };
      }
      case 'return': {
        if (values.get(claim.value) === null)
          return { claim, status: 'uncheckable', evidence: 'not a literal' };
        if (facts.returns.length === 0) return { claim, status: 'uncheckable', evidence: 'no call returned' };
        return facts.returns.some((repr) => values.equal(claim.value, repr))
          ? { claim, status: 'confirmed', evidence: 'a call returned it' }
          : { claim, status: 'contradicted', evidence: `calls returned ${preview(facts.returns)}` };
      }
      case 'value': {
        const history = facts.history.get(claim.variable) ?? [];
        if (values.get(claim.value) === null)
          return { claim, status: 'uncheckable', evidence: 'not a literal' };
        const matches = history.map((change) => values.equal(claim.value, change.repr) === true);
        if (claim.iteration !== undefined) {
          const loop = loopFor(facts, claim.variable);
          const window = loop ? iterationWindow(loop, claim.iteration) : null;
          if (loop && window) {
            // The value current at the window's start counts too (set before, still held).
            const held = history.filter(
              (c, i) => c.step <= window[1] && (history[i + 1]?.step ?? Infinity) > window[0],
            );
            const hit = held.findIndex((c) => values.equal(claim.value, c.repr) === true);
            if (hit !== -1) {
              position.set(claim.variable, history.indexOf(held[hit]!));
              return { claim, status: 'confirmed', evidence: `held in iteration ${claim.iteration}` };
            }
            return {
              claim,
              status: 'contradicted',
              evidence: `in iteration ${claim.iteration} ${claim.variable} held ${preview(held.map((c) => c.repr))}`,
            };
          }
          if (loop && !window) {
            return {
              claim,
              status: 'contradicted',
              evidence: `the loop has no iteration ${claim.iteration}`,
            };
          }
        }
        const from = claim.restated ? 0 : (position.get(claim.variable) ?? 0);
        const index = matches.findIndex((hit, i) => hit && i >= from);
        if (index !== -1) {
          position.set(claim.variable, index);
          return { claim, status: 'confirmed', evidence: `held at step ${history[index]!.step}` };
        }
        const earlier = matches.indexOf(true);
        return {
          claim,
          status: 'contradicted',
          evidence:
            earlier !== -1
              ? `${claim.variable} held it only earlier, before ${history[from]!.repr}`
              : `${claim.variable} held ${preview(history.map((c) => c.repr))}`,
        };
      }
    }
    return { claim, status: 'uncheckable', evidence: 'no rule checks this kind of claim' };
  });
  const count = (status: ClaimStatus) => checked.filter((c) => c.status === status).length;
  return {
    found: checked.length,
    confirmed: count('confirmed'),
    contradicted: count('contradicted'),
    uncheckable: count('uncheckable'),
    claims: checked,
  };
}
