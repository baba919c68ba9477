/**
 * Runs a candidate's tests in the engine: every test of one candidate runs in that candidate's own trust
 * domain (never shared with another candidate), untraced, and is judged outside the sandbox.
 */
import { randomUUID } from 'node:crypto';
import type { RunLimits, RunRequest, RunResult } from '../../engine/types.js';
import { type PlannedTest, planCheck } from './plan.js';
import type { CheckReport, CheckRequest, TestOutcome } from './types.js';

/** What runs a check's programs: an engine, or anything wrapping one (a server counting its runs). */
export interface ProgramRunner {
  run(request: RunRequest): Promise<RunResult>;
}

export interface CheckOptions {
  /** Limits for every test run (the request's own limits override them). */
  limits?: RunLimits;
}

/** A fresh trust domain name: what one candidate's runs share and no other candidate's do. */
export function candidateDomain(): string {
  return `candidate:${randomUUID()}`;
}

/** Runs one planned test; `domain` is the candidate's. */
export async function runPlannedTest(
  engine: ProgramRunner,
  test: PlannedTest,
  domain: string,
  limits: RunLimits | undefined,
): Promise<Omit<TestOutcome, 'index'>> {
  if (!test.run) return test.judge(null);
  const result = await engine.run({ ...test.run, trace: false, domain, ...(limits ? { limits } : {}) });
  return test.judge(result);
}

export async function checkCandidate(
  engine: ProgramRunner,
  request: CheckRequest,
  options: CheckOptions = {},
): Promise<CheckReport> {
  const domain = candidateDomain();
  const limits = request.limits || options.limits ? { ...options.limits, ...request.limits } : undefined;
  const tests = planCheck(request);
  const outcomes = await Promise.all(
    tests.map(
      async (test, index): Promise<TestOutcome> => ({
        index,
        ...(await runPlannedTest(engine, test, domain, limits)),
      }),
    ),
  );
  return summarise(request.kind, outcomes);
}

export function summarise(kind: CheckReport['kind'], tests: TestOutcome[]): CheckReport {
  const passed = tests.filter((test) => test.verdict === 'passed').length;
  const total = tests.length;
  return {
    kind,
    passed,
    total,
    passFraction: total === 0 ? 0 : passed / total,
    allPassed: total > 0 && passed === total,
    tests,
  };
}

/** How many engine runs a request needs (for admission control). */
export function runCount(request: CheckRequest): number {
  return planCheck(request).filter((test) => test.run !== null).length;
}
