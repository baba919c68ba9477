/**
 * What each placeholder stands for, for one task item, and which placeholders a task's template may
 * use. A placeholder that would hand the model the answer (the output in an output-prediction prompt,
 * the call in an input-prediction prompt) is refused rather than silently filled.
 */
import { callArguments } from '../../common/python-scan.js';
import { debugQuestionText } from '../../debug/prompt.js';
import type { StateQuestion, TaskItem, TaskName } from '../../tasks/types.js';

export const PLACEHOLDER_NAMES = [
  'code',
  'numbered_code',
  'numbered_code_0',
  'call',
  'function',
  'input',
  'output',
  'question',
  'examples',
] as const;
export type PlaceholderName = (typeof PLACEHOLDER_NAMES)[number];

/** Placeholders each task may not use, and why (the message the user sees). */
export const FORBIDDEN: Record<TaskName, Partial<Record<PlaceholderName, string>>> = {
  output: {
    output: 'it is the answer the model must predict',
    question: 'it is only for the state and debug tasks',
  },
  input: {
    call: 'it contains the input the model must predict',
    input: 'it is the answer the model must predict',
    question: 'it is only for the state and debug tasks',
  },
  trace: {
    output: 'it gives away the end of the trace',
    question: 'it is only for the state and debug tasks',
  },
  state: {},
  debug: { output: 'it gives away the end of the run' },
};

/**
 * Code with line numbers: 1-based for state questions (they name lines as editors do), 0-based for the
 * trace task (CodeExecutor's `<line> <K>` tokens count from 0).
 */
export function numberLines(code: string, first = 1): string {
  const lines = code.replace(/\n+$/, '').split('\n');
  const width = String(lines.length - 1 + first).length;
  return lines.map((line, index) => `${String(index + first).padStart(width)} | ${line}`).join('\n');
}

export function questionText(question: StateQuestion | undefined): string {
  if (!question) return '';
  switch (question.kind) {
    case 'value':
      return `What is the value of the variable \`${question.variable}\` right after line ${question.line} runs for the first time? Answer with its Python repr.`;
    case 'covered':
      return `Does line ${question.line} run at all for this input? Answer yes or no.`;
    case 'next-line':
      return `Which line runs next, right after line ${question.line} runs for the first time? Answer with the line number, or - if the program ends there.`;
  }
}

/** Values for one item; `examples` is filled from the template's own examples section. */
export function placeholderValues(item: TaskItem): Record<Exclude<PlaceholderName, 'examples'>, string> {
  const call = item.input.call ?? '';
  return {
    code: item.code.replace(/\n+$/, ''),
    numbered_code: numberLines(item.code),
    numbered_code_0: numberLines(item.code, 0),
    call,
    function: /^\s*([A-Za-z_][\w.]*)\s*\(/.exec(call)?.[1] ?? 'f',
    input: item.mode === 'call' ? (callArguments(call) ?? call) : (item.input.stdin ?? ''),
    output: item.output,
    question: item.debug ? debugQuestionText(item.debug) : questionText(item.question),
  };
}
