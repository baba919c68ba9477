/**
 * Type-aware input mutation for dataset inputs. Calls mutate their argument literals through the
 * input-mutation module; stdin mutates its integer tokens the same way and keeps every other byte, so the
 * program still finds the shape it parses (counts, separators, line structure).
 */
import { mutateArgs, parseArgs, printValue } from '../../mutate/input/index.js';
import type { SampleInput } from '../types.js';

const CALL = /^\s*([A-Za-z_][A-Za-z0-9_.]*)\s*\(([\s\S]*)\)\s*$/;
const INTEGER_TOKEN = /(?<![\w.])-?\d+(?![\w.])/g;

/** Up to `n` distinct mutated inputs, deterministic for `seed`; none when the input has nothing to mutate. */
export function mutateSampleInput(input: SampleInput, n: number, seed: number): SampleInput[] {
  if (n <= 0) return [];
  if (input.call !== undefined) return mutateCall(input.call, n, seed).map((call) => ({ call }));
  return mutateStdin(input.stdin ?? '', n, seed).map((stdin) => ({ stdin }));
}

function mutateCall(call: string, n: number, seed: number): string[] {
  const match = CALL.exec(call);
  if (!match) return [];
  const [, name, argsText] = match as unknown as [string, string, string];
  let args: ReturnType<typeof parseArgs>;
  try {
    args = parseArgs(argsText);
  } catch {
    // Arguments that are not literals (names, expressions) have no type to mutate by.
    return [];
  }
  return mutateArgs(args, { n, seed }).map((mutant) => `${name}(${mutant.input})`);
}

function mutateStdin(stdin: string, n: number, seed: number): string[] {
  const tokens = [...stdin.matchAll(INTEGER_TOKEN)];
  if (tokens.length === 0) return [];
  const args = parseArgs(tokens.map((token) => token[0]).join(', '));
  return mutateArgs(args, { n, seed }).map((mutant) => {
    let out = '';
    let last = 0;
    tokens.forEach((token, i) => {
      const start = token.index ?? 0;
      out += stdin.slice(last, start) + printValue((mutant.args[i] as (typeof args)[number]).value);
      last = start + token[0].length;
    });
    return out + stdin.slice(last);
  });
}
