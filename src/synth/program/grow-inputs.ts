/**
 * Growing a program's one example into k inputs: candidates from the type-aware input mutator first,
 * then (when those give fewer than k) inputs the model proposes. Every candidate is executed; one that
 * crashes, times out, is non-deterministic, or returns an output already seen is dropped.
 */
import type { Engine } from '../../engine/engine.js';
import type { RunLimits } from '../../engine/types.js';
import { mutateInput } from '../../mutate/input/mutate.js';
import { parseArgs } from '../../mutate/input/parser.js';
import { printArgs } from '../../mutate/input/printer.js';
import { executeCall, isRejection } from './execute.js';

export interface KeptInput {
  /** The arguments, as written inside the call's parentheses. */
  args: string;
  output: string;
  /** `example`, `mutation` or `model`. */
  origin: 'example' | 'mutation' | 'model';
}

export interface InputTally {
  tried: number;
  kept: number;
  crashed: number;
  timedOut: number;
  nonDeterministic: number;
  repeatedOutput: number;
  repeatedInput: number;
  unrepresentable: number;
}

export function emptyTally(): InputTally {
  return {
    tried: 0,
    kept: 0,
    crashed: 0,
    timedOut: 0,
    nonDeterministic: 0,
    repeatedOutput: 0,
    repeatedInput: 0,
    unrepresentable: 0,
  };
}

export function addTally(into: InputTally, from: InputTally): void {
  for (const key of Object.keys(into) as (keyof InputTally)[]) into[key] += from[key];
}

/** Canonical text of an argument list (set order, quote style), so repeats are recognised. */
function canonicalArgs(args: string): string {
  try {
    return printArgs(parseArgs(args), { sortSets: true });
  } catch {
    return args.trim();
  }
}

export class InputPool {
  readonly kept: KeptInput[] = [];
  readonly tally = emptyTally();
  private readonly outputs = new Set<string>();
  private readonly inputs = new Set<string>();

  constructor(
    private readonly engine: Engine,
    private readonly code: string,
    private readonly entryPoint: string,
    private readonly limits: RunLimits,
  ) {}

  seedExample(args: string, output: string): void {
    this.inputs.add(canonicalArgs(args));
    this.outputs.add(output);
    this.kept.push({ args, output, origin: 'example' });
  }

  /** Execute candidates (all at once, in the engine's pool) and keep them in order until `k` are kept. */
  async admit(candidates: string[], origin: KeptInput['origin'], k: number): Promise<void> {
    const fresh = candidates.filter((args) => {
      const key = canonicalArgs(args);
      if (this.inputs.has(key)) {
        this.tally.repeatedInput += 1;
        return false;
      }
      this.inputs.add(key);
      return true;
    });
    const outcomes = await Promise.all(
      fresh.map((args) => executeCall(this.engine, this.code, `${this.entryPoint}(${args})`, this.limits)),
    );
    fresh.forEach((args, index) => {
      if (this.kept.length >= k) return;
      const outcome = outcomes[index]!;
      this.tally.tried += 1;
      if (isRejection(outcome)) {
        if (outcome.reason === 'timeout' || outcome.reason === 'step_limit') this.tally.timedOut += 1;
        else if (outcome.reason === 'non_deterministic') this.tally.nonDeterministic += 1;
        else if (outcome.reason === 'unrepresentable_output') this.tally.unrepresentable += 1;
        else this.tally.crashed += 1;
        return;
      }
      if (this.outputs.has(outcome.output)) {
        this.tally.repeatedOutput += 1;
        return;
      }
      this.outputs.add(outcome.output);
      this.kept.push({ args, output: outcome.output, origin });
      this.tally.kept += 1;
    });
  }
}

/** Up to `count` distinct mutants of the example's arguments (none when they are not literals). */
export function mutationCandidates(exampleArgs: string, count: number, seed: number): string[] {
  try {
    return mutateInput(exampleArgs, { n: count, seed });
  } catch {
    return [];
  }
}

/** Calls of `entryPoint` in a model's list of inputs, one per line (`[INPUTS]` block or fences). */
export function parseInputsReply(reply: string, entryPoint: string): string[] {
  const tagged = /\[INPUTS\]([\s\S]*?)(?:\[\/INPUTS\]|$)/i.exec(reply)?.[1] ?? reply;
  const out: string[] = [];
  const start = new RegExp(`(?<![\\w.])${entryPoint.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*\\(`, 'g');
  for (const match of tagged.matchAll(start)) {
    let depth = 0;
    let quote: string | null = null;
    const open = match.index! + match[0].length - 1;
    for (let i = open; i < tagged.length; i += 1) {
      const ch = tagged[i]!;
      if (quote) {
        if (ch === '\\') i += 1;
        else if (ch === quote) quote = null;
        continue;
      }
      if (ch === "'" || ch === '"') quote = ch;
      else if ('([{'.includes(ch)) depth += 1;
      else if (')]}'.includes(ch)) {
        depth -= 1;
        if (depth === 0) {
          out.push(tagged.slice(open + 1, i).trim());
          break;
        }
      } else if (ch === '\n' && depth === 0) break;
    }
  }
  return out;
}
