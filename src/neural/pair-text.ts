/**
 * The neural executor's text pairs: what the model reads (the program and its input) and what it writes
 * (the `codeexecutor` trace, then `<return> value` for a call that returned). Training pairs and
 * inference prompts are made here, so both sides always agree. Pure.
 */
import type { SampleInput } from '../dataset/types.js';
import type { EntryMode } from '../engine/types.js';
import { codeExecutorValue } from '../formats/value-tokens.js';

export interface ProgramInput {
  code: string;
  mode: EntryMode;
  input: SampleInput;
}

/** Marks the returned value after the trace (CodeExecutor's format has no place for it). */
export const RETURN_MARKER = '<return>';

/** The program, then `<call> f(...)` (call mode) or `<stdin> text` (script mode). */
export function sourceText(program: ProgramInput): string {
  const code = program.code.replace(/\s+$/, '');
  if (program.mode === 'call') return `${code}\n<call> ${program.input.call ?? ''}`;
  return `${code}\n<stdin> ${program.input.stdin ?? ''}`;
}

/** The trace, and for a call that returned, its value as CodeExecutor value tokens. */
export function targetText(trace: string, returnRepr: string | null): string {
  return returnRepr === null ? trace : `${trace} ${RETURN_MARKER} ${codeExecutorValue(returnRepr)}`;
}

/** A generated target split back into the trace and the returned value (null when none was written). */
export function splitTarget(text: string): { trace: string; returnValue: string | null } {
  const at = text.indexOf(RETURN_MARKER);
  if (at === -1) return { trace: text.trim(), returnValue: null };
  return { trace: text.slice(0, at).trim(), returnValue: text.slice(at + RETURN_MARKER.length).trim() };
}

const PUNCTUATION = new Set(['[', ']', '(', ')', '{', '}', ',', ':']);

/**
 * CodeExecutor value tokens back to Python text (`[ 3 , 'a b' ]` → `[3, 'a b']`): spaces next to
 * brackets and separators go, one space follows `,` and `:`; string literals are copied as they are.
 */
export function valueFromTokens(tokens: string): string {
  let out = '';
  const text = tokens.trim();
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (char === "'" || char === '"') {
      let end = i + 1;
      while (end < text.length && text[end] !== char) end += text[end] === '\\' ? 2 : 1;
      out += text.slice(i, end + 1);
      i = end;
    } else if (char === ' ') {
      const before = out.at(-1) ?? '';
      const after = text[i + 1] ?? '';
      if (!PUNCTUATION.has(before) && !PUNCTUATION.has(after) && !out.endsWith(' ')) out += ' ';
    } else {
      out += char;
      if (char === ',' || char === ':') out += ' ';
    }
  }
  return out.replace(/ ([\])}])/g, '$1').trim();
}
