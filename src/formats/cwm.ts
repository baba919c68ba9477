/**
 * `cwm`: a trace as CWM's released debugger (`demos/cwmdbg.py`) serializes one, for a call-mode run:
 *
 *   <|trace_context_start|>source, `  # << START_OF_TRACE` on the called function's def line<|frame_sep|>
 *   <|call_sep|>{locals}<|action_sep|>source line<|frame_sep|>          (call and line events)
 *   <|return_sep|><|action_sep|>source line<|arg_sep|>"repr"<|frame_sep|>  (return and exception events)
 *   …<|end_of_text|>
 *
 * Frames are the events of the called function and of everything it calls, in order, with nothing
 * between them. `{locals}` and the argument are `json.dumps` of repr strings. A line frame writes `".."`
 * for a variable whose value the debugger's resolver restores: the same repr as last written for that
 * name since the last call or return frame (the resolver stops there, so the first line after a callee
 * returns shows every value). The begin-of-text token is left to the tokenizer. A trace cut short has no
 * end token. Script runs render null: a CWM trace starts at a function (`cwm-full` covers scripts).
 */
import type { TraceStep } from '../engine/types.js';
import { dumps, dumpsString, type PyJson, pyString } from './python-json.js';
import { describeException, hasNoTrace, isCutShort } from './run-end.js';
import { calledFrameStart } from './semcoder-log.js';
import type { FormatRenderer, RenderInput } from './types.js';

export const START_OF_TRACE = '  # << START_OF_TRACE';
export const UNCHANGED = '..';

function localsText(step: TraceStep, known: Map<string, string> | null): string {
  const entries = new Map<string, PyJson>();
  for (const [name, value] of Object.entries(step.locals)) {
    entries.set(name, pyString(known?.get(name) === value.repr ? UNCHANGED : value.repr));
  }
  return dumps({ kind: 'object', entries });
}

export function renderCwm(input: RenderInput): string | null {
  if (hasNoTrace(input) || input.mode !== 'call') return null;
  const { steps } = input.result;
  const start = calledFrameStart(steps);
  if (start < 0) return null;
  const source = input.code.split('\n');
  const marked = [...source];
  const defLine = steps[start]!.line;
  if (marked[defLine - 1] !== undefined) marked[defLine - 1] += START_OF_TRACE;
  const parts = ['<|trace_context_start|>', marked.join('\n'), '<|frame_sep|>'];
  // Values the resolver can restore: written since the last call or return frame.
  let known = new Map<string, string>();
  for (let index = start; index < steps.length; index++) {
    const step = steps[index]!;
    const action = source[step.line - 1] ?? '';
    if (step.event === 'call' || step.event === 'line') {
      const separator = step.event === 'call' ? '<|call_sep|>' : '<|line_sep|>';
      if (step.event === 'call') known = new Map();
      parts.push(separator, localsText(step, known), '<|action_sep|>', action, '<|frame_sep|>');
      for (const [name, value] of Object.entries(step.locals)) known.set(name, value.repr);
    } else {
      const argument =
        step.event === 'return'
          ? (step.value?.repr ?? 'None')
          : step.exception
            ? describeException(step.exception)
            : '';
      const separator = step.event === 'return' ? '<|return_sep|>' : '<|exception_sep|>';
      parts.push(separator, '<|action_sep|>', action, '<|arg_sep|>', dumpsString(argument), '<|frame_sep|>');
      if (step.event === 'return') known = new Map();
    }
    if (step.event === 'return' && step.depth === 0) break;
  }
  if (!isCutShort(input.result.status)) parts.push('<|end_of_text|>');
  return parts.join('');
}

export const cwmRenderer: FormatRenderer = {
  name: 'cwm',
  releasedTool: 'CWM demos/cwmdbg.py',
  description:
    "CWM's released trace serialization (demos/cwmdbg.py): context header, frames from the called function, end token",
  render: renderCwm,
};
