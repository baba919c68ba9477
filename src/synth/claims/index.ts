/** Claims a monologue makes about an execution, checked against the real trace. */
import type { TraceStep } from '../../engine/types.js';
import { type ClaimReport, checkClaims } from './check-claims.js';
import { extractClaims } from './extract-claims.js';
import { traceFacts } from './trace-facts.js';

export type { CheckedClaim, ClaimReport, ClaimStatus } from './check-claims.js';
export type { Claim } from './extract-claims.js';

/** Extract the monologue's claims and check each against the trace of the run it describes. */
export function verifyReasoning(monologue: string, code: string, steps: readonly TraceStep[]): ClaimReport {
  const facts = traceFacts(steps, code);
  const functions = new Set([...code.matchAll(/^\s*def\s+([A-Za-z_]\w*)/gm)].map((m) => m[1]!));
  return checkClaims(extractClaims(monologue, { variables: facts.variables, functions }), facts);
}
