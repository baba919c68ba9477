/**
 * One program through `semtrace debugdata` (PYX-R): inject bugs with the program mutator, keep mutants that
 * fail a test, record the failing test and the concise SemCoder trace of the failing call, ask the model
 * for a rationale and a fix, and keep a fix only when it passes every test.
 */
import type { Engine } from '../../engine/engine.js';
import type { RunLimits } from '../../engine/types.js';
import { ModelRequestError } from '../../eval/client/model-client.js';
import type { Completer, Prompt, SamplingParams } from '../../eval/client/types.js';
import { getRenderer } from '../../formats/index.js';
import { mutateProgram } from '../../mutate/program/mutate-program.js';
import type { ProgramRecord } from '../common/program-records.js';
import { type PipelineTemplate, renderPipelinePrompt } from '../common/templates.js';
import { isFixFailure, parseFixReply } from './parse-fix.js';
import { runTests, type TestOutcome } from './run-tests.js';

export interface FixAttempt {
  attempt: number;
  response: string;
  simulation: string | null;
  rootCause: string | null;
  fix: string | null;
  /** `no_code`, `fails_tests`, or null when the fix passed every test. */
  rejected: 'no_code' | 'fails_tests' | null;
  tests: TestOutcome[];
}

export interface DebugCase {
  mutantId: string;
  operator: string;
  line: number;
  buggyCode: string;
  failedTest: string;
  /** How the failed test ended on the buggy program (`AssertionError`, `TypeError`…). */
  failedStatus: string;
  faultyTrace: string;
  prompt: Prompt;
  attempts: FixAttempt[];
  accepted: number | null;
}

export interface DebugEntry {
  key: string;
  programId: string;
  nl: string;
  code: string;
  tests: string[];
  python: string;
  mutantsTried: number;
  killed: number;
  survived: number;
  /** Killed mutants left out because every failing test timed out (no finite faulty trace). */
  onlyTimeouts: number;
  cases: DebugCase[];
}

export interface DebugContext {
  engine: Engine;
  completer: Completer;
  template: PipelineTemplate;
  sampling: Omit<SamplingParams, 'n'>;
  attempts: number;
  /** Mutants tried per program at most, and how many failing ones to keep. */
  maxMutants: number;
  casesPerProgram: number;
  seed: number;
  limits: RunLimits;
}

class RequestFailed extends Error {}

const ASSERTED_CALL = /^\s*assert\s+(.+?)\s*==/;
const CONCISE = getRenderer('semcoder-concise');

async function ask(ctx: DebugContext, prompt: Prompt, attempt: number): Promise<string> {
  try {
    const seed = (ctx.sampling.seed ?? 0) + attempt;
    return (await ctx.completer.complete(prompt, { ...ctx.sampling, seed, n: 1 }))[0] ?? '';
  } catch (error) {
    if (error instanceof ModelRequestError && !error.fatal) throw new RequestFailed(error.message);
    throw error;
  }
}

export async function debugUnit(program: ProgramRecord, ctx: DebugContext): Promise<DebugEntry | null> {
  const entry: DebugEntry = {
    key: program.id,
    programId: program.id,
    nl: program.nl,
    code: program.code,
    tests: program.tests,
    python: '',
    mutantsTried: 0,
    killed: 0,
    survived: 0,
    onlyTimeouts: 0,
    cases: [],
  };
  if (program.tests.length === 0) return entry;
  const mutants = await mutateProgram(program.code, { max: ctx.maxMutants, seed: ctx.seed });
  try {
    for (const mutant of mutants) {
      if (entry.cases.length >= ctx.casesPerProgram) break;
      entry.mutantsTried += 1;
      const outcomes = await runTests(ctx.engine, mutant.source, program.tests, ctx.limits);
      if (outcomes.every((o) => o.passed)) {
        entry.survived += 1;
        continue;
      }
      entry.killed += 1;
      const failed = outcomes.find((o) => !o.passed && o.status !== 'timeout' && o.status !== 'step_limit');
      const call = failed ? ASSERTED_CALL.exec(failed.test)?.[1] : undefined;
      if (!failed || !call) {
        entry.onlyTimeouts += 1;
        continue;
      }
      const run = await ctx.engine.run({ code: mutant.source, mode: 'call', call, limits: ctx.limits });
      entry.python = run.python;
      const faultyTrace =
        CONCISE.render({ code: mutant.source, mode: 'call', input: { call }, result: run }) ?? '(no trace)';
      const prompt = renderPipelinePrompt(ctx.template, {
        nl: program.nl || '(no description)',
        buggy_code: mutant.source.replace(/\s+$/, ''),
        failed_test: failed.test,
        faulty_trace: faultyTrace,
      });
      const debugCase: DebugCase = {
        mutantId: mutant.id,
        operator: mutant.operator,
        line: mutant.line,
        buggyCode: mutant.source,
        failedTest: failed.test,
        failedStatus: failed.status,
        faultyTrace,
        prompt,
        attempts: [],
        accepted: null,
      };
      for (let attempt = 0; attempt < ctx.attempts; attempt += 1) {
        const response = await ask(ctx, prompt, attempt);
        const parsed = parseFixReply(response);
        if (isFixFailure(parsed)) {
          debugCase.attempts.push({
            attempt,
            response,
            simulation: null,
            rootCause: null,
            fix: null,
            rejected: 'no_code',
            tests: [],
          });
          continue;
        }
        // The fix must pass all the tests, not only the one that failed.
        const tests = await runTests(ctx.engine, parsed.fix, program.tests, ctx.limits);
        const passed = tests.every((t) => t.passed);
        debugCase.attempts.push({
          attempt,
          response,
          ...parsed,
          rejected: passed ? null : 'fails_tests',
          tests,
        });
        if (passed) {
          debugCase.accepted = attempt;
          break;
        }
      }
      entry.cases.push(debugCase);
    }
  } catch (error) {
    if (error instanceof RequestFailed) return null;
    throw error;
  }
  return entry;
}
