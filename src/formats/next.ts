/**
 * `next`: NExT-style inline trace (Ni et al. 2024). The program's source, each executed line followed by
 * a comment listing, per execution of that line, its execution-order index and the variables it changed:
 * `total += x  # (3) total=1; (5) total=3;`. A returned value shows as `__return__=…`, an exception as
 * `__exception__=…`, printed text as `__stdout__="…"`. A line run more than NEXT_ELISION.head +
 * NEXT_ELISION.tail times keeps its first and last entries with `...` between.
 */
import { addEntry, annotateSource, type Elision } from './annotated-source.js';
import { annotateLines, type LineAnnotation } from './line-annotations.js';
import { cutShortNote, hasNoTrace } from './run-end.js';
import type { FormatRenderer, RenderInput } from './types.js';

/** Loops: the first three executions of a line and the last one. */
export const NEXT_ELISION: Elision = { head: 3, tail: 1 };

/** `name=value` items of one execution of a line, in the order: changes, return, exception, output. */
export function describeEffects(annotation: LineAnnotation): string[] {
  const items = annotation.changes.map((change) =>
    change.after === undefined ? `${change.name}=<deleted>` : `${change.name}=${change.after}`,
  );
  if (annotation.returned !== undefined) items.push(`__return__=${annotation.returned}`);
  if (annotation.raised !== undefined) items.push(`__exception__=${annotation.raised}`);
  if (annotation.printed !== undefined) items.push(`__stdout__=${JSON.stringify(annotation.printed)}`);
  return items;
}

function hasEffects(annotation: LineAnnotation): boolean {
  const { changes, returned, raised, printed } = annotation;
  return changes.length > 0 || returned !== undefined || raised !== undefined || printed !== undefined;
}

export function renderNext(input: RenderInput, bound: Elision | null = NEXT_ELISION): string | null {
  if (hasNoTrace(input)) return null;
  const entries = new Map<number, LineAnnotation[]>();
  for (const annotation of annotateLines(input.result.steps)) {
    // A line that changed nothing (a condition, a loop header) gets no entry: NExT lists state changes.
    if (hasEffects(annotation)) addEntry(entries, annotation.line, annotation);
  }
  const lines = annotateSource(
    input.code,
    entries,
    bound,
    (annotation) => `(${annotation.order}) ${describeEffects(annotation).join(', ')};`,
  );
  const note = cutShortNote(input);
  if (note) lines.push(`# ${note}`);
  return lines.join('\n');
}

export const nextRenderer: FormatRenderer = {
  name: 'next',
  description: 'NExT-style source with per-line comments: (index) changed=value; __return__=…',
  render: (input) => renderNext(input),
};
