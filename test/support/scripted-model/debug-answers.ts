/**
 * The scripted model's answers to `semtrace debugdata` prompts: it knows each demo program's correct
 * source, so it can point at the mutated line and give the fix — or, per the schedule below, a reply with
 * no code, or a "fix" that leaves the bug in (a broken fix the test run must reject).
 */
import { PROGRAMS } from './demo-programs.js';

/** Per program, what attempt 0, 1… answers: `good`, `no-code` or `unchanged`. */
const SCHEDULE: Record<string, string[]> = {
  gcd: ['no-code', 'good'],
  dedupe: ['unchanged', 'good'],
  merge_intervals: ['unchanged', 'unchanged'],
};

function block(text: string, tag: string): string | null {
  return new RegExp(`\\[${tag}\\]\\n?([\\s\\S]*?)\\n?\\[/${tag}\\]`).exec(text)?.[1] ?? null;
}

export function debugAnswer(prompt: string, seed: number | undefined): string | null {
  if (!prompt.includes('### Buggy Solution')) return null;
  const buggy = /### Buggy Solution\n```python\n([\s\S]*?)\n```/.exec(prompt)?.[1];
  const test = /### Failed Test\n```python\n([\s\S]*?)\n```/.exec(prompt)?.[1] ?? '';
  const name = buggy ? /\bdef\s+([A-Za-z_]\w*)/.exec(buggy)?.[1] : undefined;
  const original = name ? PROGRAMS[name] : undefined;
  if (!buggy || !name || !original) return null;
  const kind = (SCHEDULE[name] ?? ['good'])[Math.min(seed ?? 0, (SCHEDULE[name]?.length ?? 1) - 1)];
  if (kind === 'no-code') return 'The bug is in the loop condition; changing it should make the test pass.';
  const buggyLines = buggy.split('\n');
  const originalLines = original.replace(/\n$/, '').split('\n');
  const changed = buggyLines.findIndex((line, i) => line !== originalLines[i]);
  const output = block(prompt, 'OUTPUT')?.trim() || block(prompt, 'EXCEPTION')?.trim() || 'a wrong result';
  const fixed = kind === 'good' ? original.replace(/\n$/, '') : buggy;
  return `### Execution Simulation
1. The failed test runs \`${test.replace(/^assert\s+/, '').replace(/\s*==.*$/, '')}\`.
2. Line ${changed + 1} executes \`${buggyLines[changed]?.trim()}\`.
3. The call ends with ${output}, which is not what the test expects.

### Root Cause Analysis
Line ${changed + 1} reads \`${buggyLines[changed]?.trim()}\`, but the problem needs \`${originalLines[changed]?.trim()}\` there; the wrong ${changed >= 0 ? 'operation' : 'value'} changes the result.

### Bug Fixing
\`\`\`python
${fixed}
\`\`\`
`;
}
