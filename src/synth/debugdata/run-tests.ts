/** Running a program's assert tests in the engine: each test in its own run, after the module. */
import type { Engine } from '../../engine/engine.js';
import type { RunLimits } from '../../engine/types.js';

export interface TestOutcome {
  test: string;
  passed: boolean;
  /** `ok`, or why it failed: `AssertionError`, another exception's type, `timeout`… */
  status: string;
}

export async function runTests(
  engine: Engine,
  code: string,
  tests: readonly string[],
  limits: RunLimits,
): Promise<TestOutcome[]> {
  return Promise.all(
    tests.map(async (test) => {
      const request = { code: `${code}\n${test}\n`, mode: 'script' as const, trace: false, limits };
      let run = await engine.run(request);
      // Confirm a timeout once: a busy machine must not fail a good fix (or kill a mutant) by the clock.
      if (run.status === 'timeout') run = await engine.run(request);
      const status =
        run.status === 'ok' ? 'ok' : run.status === 'error' ? (run.exception?.type ?? 'error') : run.status;
      return { test, passed: run.status === 'ok', status };
    }),
  );
}
