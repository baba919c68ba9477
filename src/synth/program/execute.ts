/**
 * Running a model-written function on one input, twice, with different `random` seeds: the output counts
 * only when both runs agree (SemCoder keeps deterministic programs only) and it is a literal a test can
 * compare against.
 */
import type { Engine } from '../../engine/engine.js';
import type { RunLimits } from '../../engine/types.js';
import { observable, type Rejection, runFailure } from './classify-run.js';
import { isLiteralRepr } from './literal.js';

/** Seeds of the two runs; any two different values do. */
export const DETERMINISM_SEEDS = [0, 1_000_003] as const;

export interface CallOutcome {
  output: string;
  stdout: string;
  python: string;
}

export async function executeCall(
  engine: Engine,
  code: string,
  call: string,
  limits: RunLimits,
): Promise<CallOutcome | Rejection> {
  // A run that times out is run once more before the program is called endless: on a busy machine a
  // wall-clock limit can cut a program that is merely slow to be scheduled.
  const runOnce = async (seed: number) => {
    const result = await engine.run({ code, mode: 'call', call, trace: false, seed, limits });
    return result.status === 'timeout'
      ? engine.run({ code, mode: 'call', call, trace: false, seed, limits })
      : result;
  };
  const [first, second] = await Promise.all(DETERMINISM_SEEDS.map(runOnce));
  const failure = runFailure(first!) ?? runFailure(second!);
  if (failure) return failure;
  if (observable(first!) !== observable(second!)) {
    return {
      reason: 'non_deterministic',
      detail: `seed ${DETERMINISM_SEEDS[0]} gave ${first!.returnRepr}, seed ${DETERMINISM_SEEDS[1]} gave ${second!.returnRepr}`,
    };
  }
  const output = first!.returnRepr ?? 'None';
  if (!isLiteralRepr(output)) {
    return { reason: 'unrepresentable_output', detail: `the result ${output.slice(0, 80)} is not a literal` };
  }
  return { output, stdout: first!.stdout, python: first!.python };
}

export function isRejection(value: CallOutcome | Rejection): value is Rejection {
  return 'reason' in value;
}
