/**
 * A debugger state as text in the CWM frame style: the call stack on one line, then the current frame
 * as one CWM frame — the event's separator, the frame's variables as a JSON object of reprs, the source
 * line, and for a return or exception its value:
 *   <|stack_sep|><module>:10 > f:6
 *   <|line_sep|>{"a":"3"}<|action_sep|>    b = g(a)<|frame_sep|>
 * The end of the run is `<|end_sep|><|frame_sep|>`. With `previous` (an earlier state of the same
 * frame), variables whose repr did not change are written ".." as CWM does.
 */
import type { DebugSnapshot } from './snapshot.js';

export const UNCHANGED = '..';

function localsJson(state: DebugSnapshot, previous: DebugSnapshot | undefined): string {
  const sameFrame =
    previous !== undefined && previous.stack.at(-1)?.func === state.func && previous.depth === state.depth;
  const out: Record<string, string> = {};
  for (const [name, repr] of Object.entries(state.locals))
    out[name] = sameFrame && previous.locals[name] === repr ? UNCHANGED : repr;
  return JSON.stringify(out);
}

export function stateText(state: DebugSnapshot, source: readonly string[], previous?: DebugSnapshot): string {
  if (state.ended) return '<|end_sep|><|frame_sep|>';
  const stack = state.stack.map((frame) => `${frame.func}:${frame.line}`).join(' > ');
  const text = state.line && state.line > 0 ? (source[state.line - 1] ?? '').trimEnd() : '';
  const locals = localsJson(state, previous);
  let frame: string;
  if (state.event === 'return')
    frame = `<|return_sep|>${locals}<|action_sep|>${text}<|arg_sep|>${state.returnValue ?? 'None'}<|frame_sep|>`;
  else if (state.event === 'exception')
    frame = `<|exception_sep|>${locals}<|action_sep|>${text}<|arg_sep|>${state.exception ?? ''}<|frame_sep|>`;
  else frame = `<|${state.event}_sep|>${locals}<|action_sep|>${text}<|frame_sep|>`;
  return `<|stack_sep|>${stack}\n${frame}`;
}

/** The state as JSON-ready data: where (event, line, function, stack) and the frame's variables. */
export function stateData(state: DebugSnapshot): Record<string, unknown> {
  if (state.ended) return { ended: true };
  const data: Record<string, unknown> = {
    event: state.event,
    line: state.line,
    func: state.func,
    stack: state.stack.map((frame) => ({ func: frame.func, line: frame.line })),
    locals: state.locals,
  };
  if (state.returnValue !== undefined) data.returnValue = state.returnValue;
  if (state.exception !== undefined) data.exception = state.exception;
  return data;
}
