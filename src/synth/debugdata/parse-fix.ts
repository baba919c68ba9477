/**
 * A model's debugging answer → rationale (execution simulation + root cause) and the fixed program. Pure.
 * The fix is the last Python code block; the rationale is everything before the "Bug Fixing" part (or
 * before that block when the heading is missing).
 */
export interface ParsedFix {
  simulation: string;
  rootCause: string;
  fix: string;
}

const FENCE = /```[ \t]*(?:python3?|py)?[ \t]*\n([\s\S]*?)```/gi;

function section(text: string, heading: string, next: string[]): string {
  const start = new RegExp(`^#{1,4}\\s*${heading}\\s*$`, 'im').exec(text);
  if (!start) return '';
  const rest = text.slice(start.index + start[0].length);
  const end = rest.search(new RegExp(`^#{1,4}\\s*(?:${next.join('|')})\\s*$`, 'im'));
  return (end === -1 ? rest : rest.slice(0, end)).trim();
}

export function parseFixReply(reply: string): ParsedFix | { reason: 'no_code'; detail: string } {
  const blocks = [...reply.matchAll(FENCE)];
  const last = blocks.at(-1);
  if (!last || last[1]!.trim() === '')
    return { reason: 'no_code', detail: 'the answer has no Python code block' };
  const fixAt = reply.search(/^#{1,4}\s*Bug Fixing\s*$/im);
  const before = fixAt === -1 ? reply.slice(0, last.index) : reply.slice(0, fixAt);
  const simulation = section(before, 'Execution Simulation', ['Root Cause Analysis', 'Bug Fixing']);
  const rootCause = section(before, 'Root Cause Analysis', ['Bug Fixing', 'Execution Simulation']);
  return {
    simulation: simulation || (rootCause ? '' : before.trim()),
    rootCause,
    fix: `${last[1]!.replace(/\s+$/, '')}\n`,
  };
}

export function isFixFailure(
  value: ReturnType<typeof parseFixReply>,
): value is { reason: 'no_code'; detail: string } {
  return 'reason' in value;
}
