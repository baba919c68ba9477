export { type AssertPlan, type Condition, planAssert } from './assert-test.js';
export { callsFunction, normaliseOutput, type PlannedTest, planCheck } from './plan.js';
export { pyEqual, pyTruth } from './py-equal.js';
export {
  type CheckOptions,
  candidateDomain,
  checkCandidate,
  type ProgramRunner,
  runCount,
  summarise,
} from './run-check.js';
export type {
  AssertCheck,
  CheckKindName,
  CheckReport,
  CheckRequest,
  CruxevalCheck,
  IoCheck,
  TestOutcome,
  TestVerdict,
} from './types.js';
