/**
 * One (program, input) through `semtrace annotate`: the real traced run, then for each direction up to
 * `attempts` monologues until one passes the required checks — the answer verified by execution with the
 * scorer's rules (forward: the stated output equals the real one; backward: the stated input yields the
 * output), and, with `answer+claims`, no claim contradicted by the trace of the run it describes.
 */
import type { Engine } from '../../engine/engine.js';
import type { RunLimits, TraceStep } from '../../engine/types.js';
import { ModelRequestError } from '../../eval/client/model-client.js';
import type { Completer, Prompt, SamplingParams } from '../../eval/client/types.js';
import type { FullScorer } from '../../eval/score/scorer.js';
import type { Verdict } from '../../eval/types.js';
import type { TaskItem } from '../../tasks/types.js';
import { type ClaimReport, verifyReasoning } from '../claims/index.js';
import type { ProgramRecord } from '../common/program-records.js';
import { type PipelineTemplate, renderPipelinePrompt } from '../common/templates.js';

export type Requirement = 'answer' | 'answer+claims';
export type Direction = 'forward' | 'backward';

export interface AttemptResult {
  attempt: number;
  monologue: string;
  /** What the answer check extracted (the output literal, or the call). */
  answer: string | null;
  answerVerdict: Verdict;
  /** Claims checked against the trace of the run the monologue describes (null: no run to check against). */
  claims: Omit<ClaimReport, 'claims'> | null;
  passed: boolean;
}

export interface DirectionResult {
  prompt: Prompt;
  attempts: AttemptResult[];
  /** Index into `attempts` of the kept monologue, or null when none passed. */
  accepted: number | null;
  /** The kept monologue's claims with their verdicts (for the viewer and the record). */
  claims: ClaimReport | null;
}

export interface AnnotateEntry {
  key: string;
  programId: string;
  code: string;
  nl: string;
  entryPoint: string;
  call: string;
  output: string;
  python: string;
  forward: DirectionResult;
  backward: DirectionResult;
}

export interface AnnotateContext {
  engine: Engine;
  completer: Completer;
  forwardTemplate: PipelineTemplate;
  backwardTemplate: PipelineTemplate;
  outputScorer: FullScorer;
  inputScorer: FullScorer;
  sampling: Omit<SamplingParams, 'n'>;
  attempts: number;
  require: Requirement;
  limits: RunLimits;
}

export interface AnnotateUnit {
  program: ProgramRecord;
  inputIndex: number;
}

export function unitKey(unit: AnnotateUnit): string {
  return `${unit.program.id}#${unit.inputIndex}`;
}

class RequestFailed extends Error {}

async function askOnce(ctx: AnnotateContext, prompt: Prompt, attempt: number): Promise<string> {
  // Each attempt is its own sample: the seed moves with the attempt, so the cache keeps them apart.
  const seed = (ctx.sampling.seed ?? 0) + attempt;
  try {
    return (await ctx.completer.complete(prompt, { ...ctx.sampling, seed, n: 1 }))[0] ?? '';
  } catch (error) {
    if (error instanceof ModelRequestError && !error.fatal) throw new RequestFailed(error.message);
    throw error;
  }
}

/**
 * A check that ran out of time (or whose harness failed) says more about a busy machine than about the
 * monologue: it is run once more before it counts against the model.
 */
const INCONCLUSIVE = new Set(['timeout', 'evaluation_error']);

async function trace(ctx: AnnotateContext, code: string, call: string): Promise<TraceStep[] | null> {
  for (let tries = 0; tries < 2; tries += 1) {
    const run = await ctx.engine.run({ code, mode: 'call', call, limits: ctx.limits });
    if (run.status === 'ok' || run.status === 'error') return run.steps;
    if (run.status !== 'timeout') return null;
  }
  return null;
}

async function scoreAnswer(scorer: FullScorer, item: TaskItem, monologue: string) {
  const first = await scorer.score(item, monologue);
  return INCONCLUSIVE.has(first.verdict.reason) ? scorer.score(item, monologue) : first;
}

async function runDirection(
  direction: Direction,
  item: TaskItem,
  realSteps: TraceStep[],
  prompt: Prompt,
  ctx: AnnotateContext,
): Promise<DirectionResult> {
  const result: DirectionResult = { prompt, attempts: [], accepted: null, claims: null };
  const scorer = direction === 'forward' ? ctx.outputScorer : ctx.inputScorer;
  for (let attempt = 0; attempt < ctx.attempts; attempt += 1) {
    const monologue = await askOnce(ctx, prompt, attempt);
    const { extraction, verdict } = await scoreAnswer(scorer, item, monologue);
    // Forward claims describe the real run; backward ones the run of the input the model gave.
    const steps =
      direction === 'forward'
        ? realSteps
        : extraction.answer === null
          ? null
          : await trace(ctx, item.code, extraction.answer);
    const claims = steps === null ? null : verifyReasoning(monologue, item.code, steps);
    const claimsOk = claims !== null && claims.contradicted === 0;
    const passed = verdict.correct && (ctx.require === 'answer' || claimsOk);
    const { claims: _list, ...counts } = claims ?? { claims: [] };
    result.attempts.push({
      attempt,
      monologue,
      answer: extraction.answer,
      answerVerdict: verdict,
      claims: claims ? (counts as Omit<ClaimReport, 'claims'>) : null,
      passed,
    });
    if (passed) {
      result.accepted = attempt;
      result.claims = claims;
      break;
    }
  }
  return result;
}

/** Null when a model request failed: the unit is asked again (from the cache) on the next run. */
export async function annotateUnit(unit: AnnotateUnit, ctx: AnnotateContext): Promise<AnnotateEntry | null> {
  const { program } = unit;
  const call = program.calls[unit.inputIndex]!;
  let run = await ctx.engine.run({ code: program.code, mode: 'call', call, limits: ctx.limits });
  if (run.status === 'timeout')
    run = await ctx.engine.run({ code: program.code, mode: 'call', call, limits: ctx.limits });
  // A program that does not run on its own input cannot be annotated (not journaled: reported as failed).
  if (run.status !== 'ok') return null;
  const output = run.returnRepr ?? 'None';
  const item: TaskItem = {
    id: unitKey(unit),
    task: 'output',
    code: program.code,
    mode: 'call',
    input: { call },
    output,
    meta: {},
  };
  const values = { code: program.code.replace(/\s+$/, ''), nl: program.nl || '(no description)' };
  try {
    const forward = await runDirection(
      'forward',
      item,
      run.steps,
      renderPipelinePrompt(ctx.forwardTemplate, { ...values, call }),
      ctx,
    );
    const backward = await runDirection(
      'backward',
      { ...item, task: 'input' },
      run.steps,
      renderPipelinePrompt(ctx.backwardTemplate, { ...values, output, entry_point: program.entryPoint }),
      ctx,
    );
    return {
      key: unitKey(unit),
      programId: program.id,
      code: program.code,
      nl: program.nl,
      entryPoint: program.entryPoint,
      call,
      output,
      python: run.python,
      forward,
      backward,
    };
  } catch (error) {
    if (error instanceof RequestFailed) return null;
    throw error;
  }
}
