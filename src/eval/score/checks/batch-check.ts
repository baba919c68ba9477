/**
 * Checks answers by running them in the engine. The fixed harness `semtrace_check.py` runs as an
 * untraced script with a batch on stdin: the answers of several items at once, so a sandboxed process
 * start is paid per batch, not per answer; batches stream through `engine.runMany`. Each answer still
 * runs in a fresh namespace with its own time limit. A hanging answer ends its request by timeout: the
 * verdicts printed before it are kept, it is judged `timeout`, and the answers after it run again.
 */
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Engine } from '../../../engine/engine.js';
import type { RunRequest, RunResult } from '../../../engine/types.js';
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
/** Time for starting the harness, once per request. */
const REQUEST_SETUP_MS = 2000;
/** Answers per request: enough to make the process start negligible, few enough to keep both workers busy. */
const BATCH_ANSWERS = 24;

const HARNESS = readFileSync(new URL('./semtrace_check.py', import.meta.url), 'utf8');

type Check = [job: number, answer: string];

interface Batch {
  jobs: Omit<CheckJob, 'answers'>[];
  checks: Check[];
}

function batchRequest(batch: Batch, nonce: string): RunRequest {
  return {
    code: HARNESS,
    mode: 'script',
    stdin: JSON.stringify({ nonce, timeout: CHECK_TIMEOUT_S, jobs: batch.jobs, checks: batch.checks }),
    trace: false,
    limits: { timeoutMs: CHECK_TIMEOUT_S * 1000 * batch.checks.length + REQUEST_SETUP_MS },
  };
}

/** Verdicts the harness printed, by check index (a missing index was not decided). */
export function readVerdicts(stdout: string, nonce: string, count: number): (CheckVerdict | undefined)[] {
  const verdicts: (CheckVerdict | undefined)[] = new Array(count).fill(undefined);
  const prefix = `${nonce} `;
  for (const line of stdout.split('\n')) {
    if (!line.startsWith(prefix)) continue;
    try {
      const parsed = JSON.parse(line.slice(prefix.length)) as {
        k: number;
        reason: VerdictReason;
        detail?: string | null;
      };
      if (Number.isInteger(parsed.k) && parsed.k >= 0 && parsed.k < count) {
        verdicts[parsed.k] =
          parsed.detail == null
            ? { reason: parsed.reason }
            : { reason: parsed.reason, detail: parsed.detail };
      }
    } catch {
      // A line cut short: that answer stays undecided and is checked again.
    }
  }
  return verdicts;
}

/** The verdict for the answer that was running when a request ended early. */
function culpritVerdict(result: RunResult): CheckVerdict {
  if (result.status === 'timeout')
    return { reason: 'timeout', detail: `took longer than ${CHECK_TIMEOUT_S} s` };
  const why = result.exception ? `${result.exception.type}: ${result.exception.message}` : result.status;
  return { reason: 'evaluation_error', detail: `the check ended with ${why}` };
}

export class Checker {
  private readonly nonce = randomBytes(8).toString('hex');

  constructor(private readonly engine: Engine) {}

  /** Verdicts for one job, in answer order. */
  async check(job: CheckJob): Promise<CheckVerdict[]> {
    const batch = toBatch([job]);
    if (batch.checks.length === 0) return [];
    return splitByJob(
      [job],
      await this.complete(batch, await this.engine.run(batchRequest(batch, this.nonce))),
    )[0]!;
  }

  /** Verdicts for many jobs, in job order; jobs are grouped into batches that run through the pool. */
  async *checkMany(jobs: Iterable<CheckJob> | AsyncIterable<CheckJob>): AsyncGenerator<CheckVerdict[]> {
    const groups: CheckJob[][] = [];
    const nonce = this.nonce;
    async function* requests(): AsyncGenerator<RunRequest> {
      let group: CheckJob[] = [];
      let answers = 0;
      for await (const job of jobs) {
        group.push(job);
        answers += job.answers.length;
        if (answers >= BATCH_ANSWERS) {
          groups.push(group);
          yield batchRequest(toBatch(group), nonce);
          group = [];
          answers = 0;
        }
      }
      if (group.length > 0) {
        groups.push(group);
        yield batchRequest(toBatch(group), nonce);
      }
    }
    for await (const { result } of this.engine.runMany(requests())) {
      const group = groups.shift()!;
      const verdicts = await this.complete(toBatch(group), result);
      yield* splitByJob(group, verdicts);
    }
  }

  /** Fills the verdicts a request left undecided: the culprit first, then a new request for the rest. */
  private async complete(batch: Batch, first: RunResult): Promise<CheckVerdict[]> {
    const count = batch.checks.length;
    const verdicts = readVerdicts(first.stdout, this.nonce, count);
    let result = first;
    let offset = 0;
    for (;;) {
      const gap = verdicts.indexOf(undefined, offset);
      if (gap === -1) return verdicts as CheckVerdict[];
      verdicts[gap] = culpritVerdict(result);
      offset = gap + 1;
      if (offset >= count) return verdicts as CheckVerdict[];
      const rest: Batch = { jobs: batch.jobs, checks: batch.checks.slice(offset) };
      result = await this.engine.run(batchRequest(rest, this.nonce));
      readVerdicts(result.stdout, this.nonce, rest.checks.length).forEach((verdict, i) => {
        verdicts[offset + i] = verdict;
      });
    }
  }
}

function toBatch(group: readonly CheckJob[]): Batch {
  const jobs = group.map(({ answers: _answers, ...job }) => job);
  const checks = group.flatMap((job, index) => job.answers.map((answer): Check => [index, answer]));
  return { jobs, checks };
}

function splitByJob(group: readonly CheckJob[], verdicts: CheckVerdict[]): CheckVerdict[][] {
  let offset = 0;
  return group.map((job) => {
    const part = verdicts.slice(offset, offset + job.answers.length);
    offset += job.answers.length;
    return part;
  });
}
