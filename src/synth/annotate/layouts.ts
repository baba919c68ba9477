/**
 * The training layouts of `semtrace annotate`, pure: SemCoder's (one task per row: the problem `nl`, the
 * solution as `response`, the forward monologue `fwd_mnl` and the backward one `bwd_mnl`), and chat JSONL
 * (`messages`) that common fine-tuning tools read, one conversation per kept monologue.
 */
import { promptAsText } from '../../eval/client/types.js';
import type { AnnotateEntry, DirectionResult } from './annotate-unit.js';

export interface SemcoderRow {
  id: string;
  nl: string;
  response: string;
  entry_point: string;
  input: string;
  output: string;
  fwd_mnl: string | null;
  bwd_mnl: string | null;
  python: string;
}

export interface ChatRow {
  id: string;
  messages: { role: 'system' | 'user' | 'assistant'; content: string }[];
}

function kept(result: DirectionResult): string | null {
  return result.accepted === null ? null : result.attempts[result.accepted]!.monologue;
}

function callArguments(call: string): string {
  return call.slice(call.indexOf('(') + 1, call.lastIndexOf(')'));
}

/** One row per (program, input) with at least one kept monologue. */
export function toSemcoderRow(entry: AnnotateEntry): SemcoderRow | null {
  const fwd = kept(entry.forward);
  const bwd = kept(entry.backward);
  if (fwd === null && bwd === null) return null;
  return {
    id: entry.key,
    nl: entry.nl,
    response: `\`\`\`python\n${entry.code.replace(/\s+$/, '')}\n\`\`\``,
    entry_point: entry.entryPoint,
    input: callArguments(entry.call),
    output: entry.output,
    fwd_mnl: fwd,
    bwd_mnl: bwd,
    python: entry.python,
  };
}

export function toChatRows(entry: AnnotateEntry): ChatRow[] {
  const rows: ChatRow[] = [];
  for (const [name, result] of [
    ['fwd', entry.forward],
    ['bwd', entry.backward],
  ] as const) {
    const monologue = kept(result);
    if (monologue === null) continue;
    const messages: ChatRow['messages'] = [];
    if (result.prompt.system) messages.push({ role: 'system', content: result.prompt.system });
    messages.push({ role: 'user', content: result.prompt.user });
    messages.push({ role: 'assistant', content: monologue });
    rows.push({ id: `${entry.key}:${name}`, messages });
  }
  return rows;
}

/** The prompt as one text (for records and the viewer). */
export const promptText = promptAsText;
