/**
 * A predicted trace (the model's target text) turned into an answer of each task it can answer: the
 * trace itself, the output (the returned value, or the printed lines of a script), and state questions
 * (a variable's value after a line's first run, whether a line runs, the next line). Answers are
 * wrapped in [ANSWER] tags so the shared extraction finds them exactly. Pure.
 */
import { parseCodeExecutorTrace } from '../eval/score/trace/parse-codeexecutor.js';
import type { TaskItem, TaskName } from '../tasks/types.js';
import { splitTarget, valueFromTokens } from './pair-text.js';

/** Tasks a trace predictor answers; `input` and `debug` need another kind of model. */
export const TRACE_MODEL_TASKS: readonly TaskName[] = ['output', 'trace', 'state'];

/** The printed lines of a trace's `<output>` steps, in order (each step is one printed line). */
export function printedLines(trace: string): string[] {
  return parseCodeExecutorTrace(trace)
    .filter((step) => step.isOutput)
    .map((step) => step.text.replace(/^<output> ?/, '').replace(/ $/, ''));
}

/** Line steps as [0-based line, state] in order; output steps left out. */
function lineSteps(trace: string) {
  return parseCodeExecutorTrace(trace)
    .filter((step) => !step.isOutput)
    .map((step) => ({ line: Number(/^<line> <(\d+)>$/.exec(step.lineInfo)?.[1] ?? -1), state: step.state }));
}

/** The answer text (without tags), or null when the prediction holds no answer to this question. */
export function answerText(task: TaskName, item: TaskItem, predicted: string): string | null {
  const { trace, returnValue } = splitTarget(predicted);
  if (task === 'trace') return trace === '' ? null : trace;
  if (task === 'output') {
    if (item.mode === 'call') return returnValue === null ? null : valueFromTokens(returnValue);
    return printedLines(trace).join('\n');
  }
  const question = item.question;
  if (task !== 'state' || !question) return null;
  const steps = lineSteps(trace);
  const first = steps.findIndex((step) => step.line === question.line - 1);
  if (question.kind === 'covered') return first === -1 ? 'no' : 'yes';
  if (first === -1) return null;
  if (question.kind === 'next-line') {
    const next = steps[first + 1];
    return next ? String(next.line + 1) : '-';
  }
  const value = steps[first]!.state.get(question.variable);
  return value === undefined ? null : valueFromTokens(value);
}

export function answerResponse(task: TaskName, item: TaskItem, predicted: string): string {
  const answer = answerText(task, item, predicted);
  return answer === null ? '' : `[ANSWER]\n${answer}\n[/ANSWER]`;
}
