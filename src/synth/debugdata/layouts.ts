/**
 * PYX-R's training layout, pure: the instruction (`### Problem`, `### Buggy Solution`, `### Failed Test`)
 * and the response (`[MONOLOGUE]` with `### Execution Simulation` and `### Root Cause Analysis`, then the
 * fixed program), one row per kept fix; and the same as chat JSONL.
 */
import type { DebugCase, DebugEntry } from './debug-unit.js';

export interface PyxrRow {
  id: string;
  instruction: string;
  response: string;
  buggy_code: string;
  failed_test: string;
  faulty_trace: string;
  fixed_code: string;
  operator: string;
  python: string;
}

function fence(code: string): string {
  return `\`\`\`python\n${code.replace(/\s+$/, '')}\n\`\`\``;
}

export function pyxrInstruction(entry: DebugEntry, debugCase: DebugCase): string {
  return [
    '### Problem',
    entry.nl || '(no description)',
    '',
    '### Buggy Solution',
    fence(debugCase.buggyCode),
    '',
    '### Failed Test',
    fence(debugCase.failedTest),
  ].join('\n');
}

export function toPyxrRows(entry: DebugEntry): PyxrRow[] {
  return entry.cases.flatMap((debugCase) => {
    if (debugCase.accepted === null) return [];
    const kept = debugCase.attempts[debugCase.accepted]!;
    const response = [
      '[MONOLOGUE]',
      '### Execution Simulation',
      kept.simulation ?? '',
      '',
      '### Root Cause Analysis',
      kept.rootCause ?? '',
      '[/MONOLOGUE]',
      '[Refined]',
      fence(kept.fix!),
      '[/Refined]',
    ].join('\n');
    return [
      {
        id: `${entry.programId}:${debugCase.mutantId}`,
        instruction: pyxrInstruction(entry, debugCase),
        response,
        buggy_code: debugCase.buggyCode,
        failed_test: debugCase.failedTest,
        faulty_trace: debugCase.faultyTrace,
        fixed_code: kept.fix!,
        operator: debugCase.operator,
        python: entry.python,
      },
    ];
  });
}

export function toDebugChatRows(entry: DebugEntry) {
  return toPyxrRows(entry).map((row) => ({
    id: row.id,
    messages: [
      { role: 'user' as const, content: row.instruction },
      { role: 'assistant' as const, content: row.response },
    ],
  }));
}
