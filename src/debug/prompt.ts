/** What a model is asked for one debugger action: program, input, current state, action. Pure. */
import { actionText } from './sampling.js';
import type { DebugSnapshot } from './snapshot.js';
import type { DebugAction } from './types.js';

export interface DebugQuestion {
  code: string;
  /** `f(1, 2)` in call mode, the stdin text in script mode. */
  input: { call?: string; stdin?: string };
  before: DebugSnapshot;
  action: DebugAction;
  breakpoints: readonly number[];
}

export const DEBUG_SYSTEM_PROMPT =
  'You are a Python debugger (pdb). Given a program, its input, the current state of a paused execution and a debugger command, predict the state right after the command.';

function numbered(code: string): string {
  return code
    .replace(/\n$/, '')
    .split('\n')
    .map((text, index) => `${String(index + 1).padStart(3)}  ${text}`)
    .join('\n');
}

export function describeState(state: DebugSnapshot): string {
  if (state.ended) return 'the program has finished';
  const stack = state.stack.map((frame) => `${frame.func} (line ${frame.line})`).join(' → ');
  const event =
    state.event === 'call'
      ? 'entering the function'
      : state.event === 'return'
        ? `returning ${state.returnValue}`
        : state.event === 'exception'
          ? `raising ${state.exception}`
          : 'about to run the line';
  return `line ${state.line} in ${state.func}, ${event}\ncall stack: ${stack}\nvariables: ${JSON.stringify(state.locals)}`;
}

/** The `debug` task's question (the `{{question}}` of its templates): state, breakpoints, command, answer form. */
export function debugQuestionText(
  question: Pick<DebugQuestion, 'before' | 'action' | 'breakpoints'>,
): string {
  const breakpoints = question.breakpoints.length ? question.breakpoints.join(', ') : 'none';
  return [
    'The program is paused in a debugger (pdb).',
    `Current state: ${describeState(question.before)}`,
    `Breakpoints: ${breakpoints}`,
    `Command: ${actionText(question.action)}`,
    ANSWER_FORM,
  ].join('\n');
}

const ANSWER_FORM =
  'Where does the program stop after the command? Answer with one JSON object: {"line": <line number>, "changed": {<variable>: <new repr>, ...}} listing the variables of the new state whose value differs from the current state, or {"ended": true} if the program finishes first.';

export function debugUserPrompt(question: DebugQuestion): string {
  const input =
    question.input.call !== undefined
      ? `The program is run, then the call ${question.input.call} is evaluated.`
      : `The program reads this standard input:\n${question.input.stdin ?? ''}`;
  const breakpoints = question.breakpoints.length ? question.breakpoints.join(', ') : 'none';
  return [
    `Program:\n\`\`\`python\n${numbered(question.code)}\n\`\`\``,
    input,
    `Breakpoints: ${breakpoints}`,
    `Current state: ${describeState(question.before)}`,
    `Command: ${actionText(question.action)}`,
    ANSWER_FORM,
  ].join('\n\n');
}
