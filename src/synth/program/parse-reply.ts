/**
 * A model's answer to the synth-program prompt → problem text, program and example call. Pure. Accepts
 * the tags the template asks for (`[PROBLEM]`, `[SOLUTION]`, `[EXAMPLE]`) and the Markdown headings models
 * often use instead (`### Problem`, `### Solution`, `### Example`); the program is the Python code fence
 * of the solution part (or the first one anywhere).
 */
import { lastCall } from '../../eval/extract/clean.js';

export interface ParsedProgram {
  nl: string;
  code: string;
  /** `name(args)` as the model wrote it. */
  example: string;
  entryPoint: string;
}

export type ParseFailure = { reason: 'no_code' | 'no_example' | 'no_entry_point'; detail: string };

const FENCE = /```[ \t]*(?:python3?|py)?[ \t]*\n([\s\S]*?)```/gi;

/** The text of a part named by a tag `[NAME]…[/NAME]` or a heading `#… Name` up to the next heading. */
function part(text: string, name: string): string | null {
  const tag = new RegExp(`\\[${name}\\]([\\s\\S]*?)(?:\\[/${name}\\]|$)`, 'i').exec(text);
  if (tag) return tag[1]!.trim();
  const heading = new RegExp(
    `^#{1,4}\\s*\\**${name}\\**:?\\s*$([\\s\\S]*?)(?=^#{1,4}\\s|(?![\\s\\S]))`,
    'im',
  ).exec(text);
  return heading ? heading[1]!.trim() : null;
}

function fences(text: string): string[] {
  return [...text.matchAll(FENCE)].map((match) => match[1]!);
}

function definedFunctions(code: string): string[] {
  return [...code.matchAll(/^def\s+([A-Za-z_]\w*)\s*\(/gm)].map((match) => match[1]!);
}

/** The example call: a call of a defined top-level function, from the example part or the whole answer. */
function exampleCall(text: string, names: string[]): { call: string; name: string } | null {
  for (const name of names.slice().reverse()) {
    const call = lastCall(text, name);
    if (call) return { call, name };
  }
  return null;
}

export function parseProgramReply(reply: string): ParsedProgram | ParseFailure {
  const solution = part(reply, 'SOLUTION') ?? part(reply, 'Solution');
  const code =
    (solution !== null
      ? (fences(solution)[0] ?? (/\bdef\s/.test(solution) ? solution : undefined))
      : undefined) ?? fences(reply)[0];
  if (code === undefined || code.trim() === '') {
    return { reason: 'no_code', detail: 'the answer has no Python code block' };
  }
  const names = definedFunctions(code);
  if (names.length === 0) {
    return { reason: 'no_entry_point', detail: 'the code defines no top-level function' };
  }
  const exampleText = part(reply, 'EXAMPLE') ?? part(reply, 'Example');
  // The example part first; otherwise the text after the code (never the code's own recursive calls).
  const after = reply.slice(reply.indexOf(code) + code.length);
  const found = exampleCall(exampleText ?? after, names);
  if (!found) {
    return { reason: 'no_example', detail: `no example call of ${names.join(' or ')} outside the code` };
  }
  const problem = part(reply, 'PROBLEM') ?? part(reply, 'Problem');
  const nl = (problem ?? reply.slice(0, reply.search(/```|\[SOLUTION\]/i)).trim()).replace(/\s+\n/g, '\n');
  return {
    nl: nl.trim(),
    code: `${code.replace(/\s+$/, '')}\n`,
    example: found.call,
    entryPoint: found.name,
  };
}

export function isParseFailure(value: ParsedProgram | ParseFailure): value is ParseFailure {
  return 'reason' in value;
}

/** The argument text of a call: `f([1, 2], 'a')` → `[1, 2], 'a'`. */
export function callArgs(call: string): string {
  const open = call.indexOf('(');
  return call.slice(open + 1, call.lastIndexOf(')')).trim();
}
