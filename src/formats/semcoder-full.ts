/**
 * `semcoder-full`: semtrace's richer SemCoder-style inline trace (not what SemCoder's released code writes:
 * that is `semcoder`). `[INPUT]` section, then the source with
 * each executed line annotated, in execution order, by `[STATE-k] {json} [/STATE-k]`: k is the line
 * event's execution-order index and the JSON object is the frame's full state after the line (names to
 * repr strings, plus `__return__`, `__exception__` and `__stdout__` when the line returned, raised or
 * printed); then `[OUTPUT]` and, for a failed run, `[EXCEPTION]`.
 */
import { addEntry, annotateSource, type Elision } from './annotated-source.js';
import { annotateLines, type LineAnnotation } from './line-annotations.js';
import { cutShortNote, finalException, hasNoTrace } from './run-end.js';
import type { FormatRenderer, RenderInput } from './types.js';

/** `[STATE-k] {json} [/STATE-k]` for a line whose after-state was observed. */
function stateTag(annotation: LineAnnotation): string {
  const state: Record<string, string> = {};
  for (const [name, value] of Object.entries(annotation.after ?? {})) state[name] = value.repr;
  if (annotation.returned !== undefined) state.__return__ = annotation.returned;
  if (annotation.raised !== undefined) state.__exception__ = annotation.raised;
  if (annotation.printed !== undefined) state.__stdout__ = annotation.printed;
  const k = annotation.order;
  return `[STATE-${k}] ${JSON.stringify(state)} [/STATE-${k}]`;
}

/** `[TAG]`, the text (without its final newline) on its own lines, `[/TAG]`. */
function section(tag: string, text: string): string {
  const body = text.endsWith('\n') ? text.slice(0, -1) : text;
  return body ? `[${tag}]\n${body}\n[/${tag}]` : `[${tag}]\n[/${tag}]`;
}

export function renderSemcoderFull(input: RenderInput, bound: Elision | null = null): string | null {
  if (hasNoTrace(input)) return null;
  const { result } = input;
  const entries = new Map<number, LineAnnotation[]>();
  for (const annotation of annotateLines(result.steps)) {
    // A line still running when the trace was cut has no observed state: it gets no annotation.
    if (annotation.after) addEntry(entries, annotation.line, annotation);
  }
  const parts = [
    section('INPUT', input.mode === 'call' ? (input.input.call ?? '') : (input.input.stdin ?? '')),
  ];
  parts.push(...annotateSource(input.code, entries, bound, stateTag));
  const note = cutShortNote(input);
  if (note) parts.push(`# ${note}`);
  if (input.mode === 'script') parts.push(section('OUTPUT', result.stdout));
  else if (result.returnRepr !== null) parts.push(section('OUTPUT', result.returnRepr));
  const exception = finalException(input);
  if (exception) parts.push(section('EXCEPTION', exception));
  return parts.join('\n');
}

export const semcoderFullRenderer: FormatRenderer = {
  name: 'semcoder-full',
  variantOf: 'semcoder',
  description:
    "semtrace's SemCoder-style trace: every line event, full state as reprs, every frame, [INPUT]/[OUTPUT] sections",
  render: (input) => renderSemcoderFull(input),
};
