/**
 * The scorer: extraction, then the task's check, for one response (`score`), all responses of one item
 * (`scoreItem`: one engine run per answer) or a stream of items (`scoreAll`: answers through the pool, bounded).
 */

import type { FormatName } from '../../dataset/types.js';
import { createEngine, type Engine } from '../../engine/engine.js';
import type { BackendName } from '../../engine/types.js';
import { SemtraceError } from '../../errors.js';
import { TASKS, type TaskItem, type TaskName } from '../../tasks/types.js';
import { extractAnswer } from '../extract/extract-answer.js';
import type { Extraction, ItemResult, Verdict } from '../types.js';
import { Checker, type CheckJob } from './checks/answer-check.js';
import { missingDebugCounts } from './debug-metrics.js';
import { engineCheckFor, judgeLocally, noAnswer, verdictFromCheck } from './judge.js';
import { passAtKs } from './pass-at-k.js';
import { assertScorableTraceFormat, goldTraceText } from './trace/gold-trace.js';
import { traceCounts } from './trace/metrics.js';

export interface Scorer {
  score(item: TaskItem, response: string): Promise<{ extraction: Extraction; verdict: Verdict }>;
}

export interface ScorerOptions {
  /** Engine backend for the checks (default: the engine's default, `pyodide`). */
  backend?: BackendName;
  workers?: number;
  /** Format of trace predictions (trace task). Default `codeexecutor`. */
  traceFormat?: FormatName;
  /** Use this engine instead of starting one (it is not closed by `close()`). */
  engine?: Engine;
}

export interface ItemResponses {
  item: TaskItem;
  responses: string[];
}

export interface FullScorer extends Scorer {
  /** Every response of one item, each checked in its own engine run and trust domain. */
  scoreItem(item: TaskItem, responses: string[]): Promise<{ extracted: Extraction[]; verdicts: Verdict[] }>;
  /** Results in input order, with pass@k for k = 1 and each of `ks` the item has samples for. */
  scoreAll(
    items: Iterable<ItemResponses> | AsyncIterable<ItemResponses>,
    ks?: number[],
  ): AsyncGenerator<ItemResult>;
  close(): Promise<void>;
}

/** A planned item: extractions, local verdicts, and the engine job for the answers still open. */
interface Plan {
  item: TaskItem;
  responses: string[];
  extracted: Extraction[];
  verdicts: (Verdict | undefined)[];
  job: CheckJob;
  /** Response index of each answer in `job.answers`. */
  slots: number[];
}

export async function createScorer(task: TaskName, options: ScorerOptions = {}): Promise<FullScorer> {
  if (!(TASKS as readonly string[]).includes(task)) {
    throw new SemtraceError(
      'SEMTRACE_UNKNOWN_TASK',
      `unknown task '${task}'; choose one of ${TASKS.join(', ')}`,
    );
  }
  const traceFormat = options.traceFormat ?? 'codeexecutor';
  if (task === 'trace') assertScorableTraceFormat(traceFormat);
  // Trace, covered and next-line answers are judged without running anything: start no engine for them.
  let engine = options.engine;
  let ownEngine = false;
  let checker: Checker | undefined;
  async function getChecker(): Promise<Checker> {
    if (!checker) {
      if (!engine) {
        engine = await createEngine({ backend: options.backend, workers: options.workers });
        ownEngine = true;
      }
      checker = new Checker(engine);
    }
    return checker;
  }

  function plan(item: TaskItem, responses: string[]): Plan {
    const extracted = responses.map((response) => extractAnswer(task, response, item));
    const check = engineCheckFor(task, item);
    const gold = task === 'trace' ? goldTraceText(item, traceFormat) : undefined;
    const job: CheckJob = { kind: 'output', code: '', truth: '', function: 'f', ...check, answers: [] };
    const slots: number[] = [];
    const verdicts = extracted.map((extraction, index): Verdict | undefined => {
      if (extraction.answer === null) {
        const verdict = noAnswer(extraction.how);
        // A missing trace still counts in the metrics, as an empty prediction against the real steps.
        if (gold !== undefined) verdict.metrics = { ...traceCounts('', gold) };
        if (task === 'debug' && item.debug) verdict.metrics = { ...missingDebugCounts(item.debug.answer) };
        return verdict;
      }
      if (!check) return judgeLocally(task, item, extraction.answer, gold);
      job.answers.push(extraction.answer);
      slots.push(index);
      return undefined;
    });
    return { item, responses, extracted, verdicts, job, slots };
  }

  function finish(done: Plan, checked: ReturnType<typeof verdictFromCheck>[]): Verdict[] {
    checked.forEach((verdict, i) => {
      done.verdicts[done.slots[i]!] = verdict;
    });
    return done.verdicts as Verdict[];
  }

  async function scoreItem(item: TaskItem, responses: string[]) {
    const planned = plan(item, responses);
    const checked = planned.job.answers.length ? await (await getChecker()).check(planned.job) : [];
    return { extracted: planned.extracted, verdicts: finish(planned, checked.map(verdictFromCheck)) };
  }

  async function* scoreAll(
    items: Iterable<ItemResponses> | AsyncIterable<ItemResponses>,
    ks: number[] = [1],
  ): AsyncGenerator<ItemResult> {
    const plans: Plan[] = [];
    async function* jobs(): AsyncGenerator<CheckJob> {
      for await (const { item, responses } of items) {
        const planned = plan(item, responses);
        plans.push(planned);
        yield planned.job;
      }
    }
    const needsEngine = task === 'output' || task === 'input' || task === 'state';
    const results = needsEngine ? (await getChecker()).checkMany(jobs()) : emptyChecks(jobs());
    for await (const checked of results) {
      const done = plans.shift()!;
      const verdicts = finish(done, checked.map(verdictFromCheck));
      yield toItemResult(task, done, verdicts, ks);
    }
  }

  return {
    async score(item, response) {
      const { extracted, verdicts } = await scoreItem(item, [response]);
      return { extraction: extracted[0]!, verdict: verdicts[0]! };
    },
    scoreItem,
    scoreAll,
    async close() {
      if (ownEngine && engine) await engine.close();
    },
  };
}

async function* emptyChecks(jobs: AsyncIterable<CheckJob>) {
  for await (const _job of jobs) yield [];
}

function toItemResult(task: TaskName, done: Plan, verdicts: Verdict[], ks: number[]): ItemResult {
  const { item } = done;
  const result: ItemResult = {
    id: item.id,
    task,
    meta: item.meta,
    code: item.code,
    mode: item.mode,
    input: item.input,
    output: item.output,
    responses: done.responses,
    extracted: done.extracted,
    verdicts,
    passAtK: passAtKs(
      verdicts.map((verdict) => verdict.correct),
      ks,
    ),
  };
  if (item.question) result.question = item.question;
  if (item.debug) result.debug = item.debug;
  return result;
}
