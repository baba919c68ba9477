/**
 * Checks answers by running them in the engine, one run per answer, each answer its own trust domain:
 * no answer can see, change or forge another's verdict. The run computes only what the answer states
 * (the value of an expression, the output for a stdin); the true value stays here and is compared with
 * it by eval/check, so an answer that patches `__eq__`, exits early or prints a guess earns nothing it
 * did not compute. Literal output answers need no run at all: their value is parsed here.
 */
import type { Engine } from '../../../engine/engine.js';
import { planCheck } from '../../check/plan.js';
import { candidateDomain, runPlannedTest } from '../../check/run-check.js';
import type { CheckRequest, TestOutcome } from '../../check/types.js';
import type { VerdictReason } from '../../types.js';

/** What is checked: a value against the truth (`output`, `value`), a call (`input`), a stdin (`stdin`). */
export type CheckKind = 'output' | 'input' | 'stdin' | 'value';

export interface CheckJob {
  kind: CheckKind;
  /** The program (ignored for `value`). */
  code: string;
  /** The true value's repr, or the true printed text for `stdin`. */
  truth: string;
  /** The function the item calls (`f`): answers that call it are rejected for `output`. */
  function: string;
  answers: string[];
}

export interface CheckVerdict {
  reason: VerdictReason;
  detail?: string;
}

/** Per answer, as the official harness's fresh process per check. */
export const CHECK_TIMEOUT_S = 3;

function checkRequest(job: CheckJob, answer: string): CheckRequest {
  if (job.kind === 'stdin')
    return { kind: 'io', program: job.code, cases: [{ stdin: answer, stdout: job.truth }] };
  return {
    kind: job.kind === 'input' ? 'cruxeval-input' : 'cruxeval-output',
    program: job.kind === 'value' ? '' : job.code,
    output: job.truth,
    answer,
    function: job.function,
  };
}

/** The scorer's verdict for a test outcome. */
export function verdictOf(outcome: Omit<TestOutcome, 'index'>): CheckVerdict {
  const detail = outcome.message;
  const verdict = (reason: VerdictReason): CheckVerdict => (detail ? { reason, detail } : { reason });
  switch (outcome.verdict) {
    case 'passed':
      return { reason: 'correct' };
    case 'timeout':
      return { reason: 'timeout', detail: `took longer than ${CHECK_TIMEOUT_S} s` };
    case 'failed':
      return verdict(outcome.errorType === 'RestatesCall' ? 'restates_call' : 'wrong_value');
    case 'error':
      // An answer that is not even an expression is not a literal; anything else it raised is an error.
      if (outcome.errorType === 'SyntaxError' && detail?.includes('(in the call expression)'))
        return verdict('not_a_literal');
      return { reason: 'evaluation_error', detail: `${outcome.errorType}: ${detail ?? ''}`.slice(0, 300) };
  }
}

export class Checker {
  constructor(private readonly engine: Engine) {}

  private async checkAnswer(job: CheckJob, answer: string): Promise<CheckVerdict> {
    const [test] = planCheck(checkRequest(job, answer));
    return verdictOf(
      await runPlannedTest(this.engine, test!, candidateDomain(), { timeoutMs: CHECK_TIMEOUT_S * 1000 }),
    );
  }

  /** Verdicts for one job, in answer order. */
  check(job: CheckJob): Promise<CheckVerdict[]> {
    return Promise.all(job.answers.map((answer) => this.checkAnswer(job, answer)));
  }

  /**
   * Verdicts for many jobs, in job order. Jobs are taken from `jobs` only while fewer than a few per
   * worker are open, so a huge stream never fills memory; their answers run through the pool meanwhile.
   */
  async *checkMany(jobs: Iterable<CheckJob> | AsyncIterable<CheckJob>): AsyncGenerator<CheckVerdict[]> {
    const window = this.engine.info.workers * 4;
    const open: Promise<CheckVerdict[]>[] = [];
    for await (const job of jobs) {
      const pending = this.check(job);
      pending.catch(() => {}); // awaited in order below; this only keeps an early failure from going unhandled
      open.push(pending);
      if (open.length >= window) yield await open.shift()!;
    }
    while (open.length > 0) yield await open.shift()!;
  }
}
