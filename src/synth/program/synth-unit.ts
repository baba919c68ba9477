/**
 * One seed through PYX steps I–II: ask for a program, parse it, execute its example twice, grow k inputs
 * (mutation, then the model), turn each into an assert from the real run, and check the asserts pass.
 */
import type { Engine } from '../../engine/engine.js';
import type { RunLimits } from '../../engine/types.js';
import { ModelRequestError } from '../../eval/client/model-client.js';
import type { Completer, SamplingParams } from '../../eval/client/types.js';
import { type PipelineTemplate, renderPipelinePrompt } from '../common/templates.js';
import type { RejectReason } from './classify-run.js';
import { executeCall, isRejection } from './execute.js';
import {
  emptyTally,
  InputPool,
  type InputTally,
  mutationCandidates,
  parseInputsReply,
} from './grow-inputs.js';
import { callArgs, isParseFailure, parseProgramReply } from './parse-reply.js';

export interface SynthRecord {
  id: string;
  seedId: string;
  nl: string;
  code: string;
  entryPoint: string;
  /** Argument lists, as written inside the parentheses. */
  inputs: string[];
  /** The same inputs as calls: the field `semtrace build` reads. */
  calls: string[];
  /** Real outputs (repr), one per input. */
  outputs: string[];
  /** `assert f(<input>) == <real output>`, one per input. */
  tests: string[];
  /** Where each input came from: the model's example, the input mutator, or the model's extra inputs. */
  inputOrigins: string[];
  model: string;
  python: string;
  backend: string;
}

export interface SynthEntry {
  key: string;
  outcome: 'kept' | 'rejected';
  reason?: RejectReason | 'tests_failed';
  detail?: string;
  record?: SynthRecord;
  inputs: InputTally;
  /** Whether the model was asked for more inputs, and whether that answer was usable. */
  fallback: 'not_needed' | 'asked' | 'failed' | 'off';
  /** The model's raw answer (kept for inspection of rejections). */
  response?: string;
}

export interface SynthContext {
  engine: Engine;
  completer: Completer;
  programTemplate: PipelineTemplate;
  inputsTemplate: PipelineTemplate;
  sampling: Omit<SamplingParams, 'n'>;
  k: number;
  fallback: boolean;
  seed: number;
  limits: RunLimits;
  model: string;
}

export interface Seed {
  id: string;
  code: string;
}

/** Null when the model request failed for this seed (it is asked again on the next run). */
export async function synthesizeFromSeed(seed: Seed, ctx: SynthContext): Promise<SynthEntry | null> {
  const ask = async (prompt: ReturnType<typeof renderPipelinePrompt>): Promise<string | null> => {
    try {
      return (await ctx.completer.complete(prompt, { ...ctx.sampling, n: 1 }))[0] ?? '';
    } catch (error) {
      if (error instanceof ModelRequestError && !error.fatal) return null;
      throw error;
    }
  };
  const response = await ask(
    renderPipelinePrompt(ctx.programTemplate, { seed: seed.code.replace(/\s+$/, '') }),
  );
  if (response === null) return null;
  const base = { key: seed.id, inputs: emptyTally(), response };
  const parsed = parseProgramReply(response);
  if (isParseFailure(parsed)) {
    return { ...base, outcome: 'rejected', reason: parsed.reason, detail: parsed.detail, fallback: 'off' };
  }
  const example = await executeCall(ctx.engine, parsed.code, parsed.example, ctx.limits);
  if (isRejection(example)) {
    return { ...base, outcome: 'rejected', reason: example.reason, detail: example.detail, fallback: 'off' };
  }

  const pool = new InputPool(ctx.engine, parsed.code, parsed.entryPoint, ctx.limits);
  const exampleArgs = callArgs(parsed.example);
  pool.seedExample(exampleArgs, example.output);
  await pool.admit(mutationCandidates(exampleArgs, ctx.k * 3, ctx.seed), 'mutation', ctx.k);
  let fallback: SynthEntry['fallback'] = ctx.fallback ? 'not_needed' : 'off';
  if (pool.kept.length < ctx.k && ctx.fallback) {
    const have = pool.kept.map((input) => `${parsed.entryPoint}(${input.args})`).join('\n');
    const more = await ask(
      renderPipelinePrompt(ctx.inputsTemplate, {
        code: parsed.code.replace(/\s+$/, ''),
        entry_point: parsed.entryPoint,
        example: parsed.example,
        count: String(ctx.k - pool.kept.length + 2),
        have,
      }),
    );
    if (more === null) fallback = 'failed';
    else {
      fallback = 'asked';
      await pool.admit(parseInputsReply(more, parsed.entryPoint), 'model', ctx.k);
    }
  }

  const calls = pool.kept.map((input) => `${parsed.entryPoint}(${input.args})`);
  const tests = pool.kept.map((input, i) => `assert ${calls[i]} == ${input.output}`);
  // The asserts are checked as the program's users will run them: the module, then every assert.
  // All the asserts in one run: its time limit grows with their number, and a timeout is confirmed once.
  const checkRequest = {
    code: `${parsed.code}\n${tests.join('\n')}\n`,
    mode: 'script' as const,
    trace: false,
    limits: { ...ctx.limits, timeoutMs: (ctx.limits.timeoutMs ?? 5000) * (tests.length + 1) },
  };
  let check = await ctx.engine.run(checkRequest);
  if (check.status === 'timeout') check = await ctx.engine.run(checkRequest);
  if (check.status !== 'ok') {
    const detail = check.exception ? `${check.exception.type}: ${check.exception.message}` : check.status;
    return { ...base, inputs: pool.tally, outcome: 'rejected', reason: 'tests_failed', detail, fallback };
  }
  const record: SynthRecord = {
    id: seed.id,
    seedId: seed.id,
    nl: parsed.nl,
    code: parsed.code,
    entryPoint: parsed.entryPoint,
    inputs: pool.kept.map((input) => input.args),
    calls,
    outputs: pool.kept.map((input) => input.output),
    tests,
    inputOrigins: pool.kept.map((input) => input.origin),
    model: ctx.model,
    python: example.python,
    backend: ctx.engine.backend,
  };
  return { ...base, inputs: pool.tally, outcome: 'kept', record, fallback };
}
