/**
 * The reward call's contract: a candidate program, its tests, and the verdict per test. Shared by the
 * library (`checkCandidate`), `semtrace serve`'s `/v1/check` and its typed client.
 */
import type { RunLimits } from '../../engine/types.js';

/** HumanEval/MBPP style: `assert <computed> == <literal>` and the other forms docs/serve.md lists. */
export interface AssertCheck {
  kind: 'asserts';
  program: string;
  asserts: string[];
  /** HumanEval's `check(candidate)` style: the name `candidate` in the asserts stands for this function. */
  entryPoint?: string;
  limits?: RunLimits;
}

/** CodeContests style: the program reads `stdin` and must print `stdout`. */
export interface IoCheck {
  kind: 'io';
  program: string;
  cases: { stdin: string; stdout: string }[];
  limits?: RunLimits;
}

/** CRUXEval: `answer` is the predicted value of `f(input)` (output) or the predicted input (input). */
export interface CruxevalCheck {
  kind: 'cruxeval-output' | 'cruxeval-input';
  program: string;
  /** The true output's repr (CRUXEval's `output` field). */
  output: string;
  answer: string;
  /** The function the item calls. Default `f`. */
  function?: string;
  limits?: RunLimits;
}

export type CheckRequest = AssertCheck | IoCheck | CruxevalCheck;
export type CheckKindName = CheckRequest['kind'];

export type TestVerdict = 'passed' | 'failed' | 'error' | 'timeout';

export interface TestOutcome {
  index: number;
  verdict: TestVerdict;
  /** For `error`: the exception type the program raised, or why the test could not be judged. */
  errorType?: string;
  /** What went wrong, for everything but `passed`. */
  message?: string;
  /** Output of a test that did not pass (bounded). */
  stdout?: string;
  stderr?: string;
}

export interface CheckReport {
  kind: CheckKindName;
  passed: number;
  total: number;
  /** passed / total; 0 when there are no tests. */
  passFraction: number;
  allPassed: boolean;
  tests: TestOutcome[];
}
