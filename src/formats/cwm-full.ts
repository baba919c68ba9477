/**
 * `cwm-full`: semtrace's richer Code World Model-style frames (the released format is `cwm`), one per trace event, one frame per text line:
 *   call       <|call_sep|>{locals}<|action_sep|>source<|frame_sep|>
 *   line       <|line_sep|>{locals}<|action_sep|>source<|frame_sep|>
 *   return     <|return_sep|><|action_sep|>source<|arg_sep|>value repr<|frame_sep|>
 *   exception  <|exception_sep|><|action_sep|>source<|arg_sep|>Type: message<|frame_sep|>
 * `{locals}` is the frame's variables at the event (before the line runs), as a JSON object of repr
 * strings; a variable whose repr equals the one at the frame's previous event is written "..". The source
 * is the event's line as written (indentation kept, trailing spaces dropped), never its number.
 */
import type { VariableValue } from '../engine/types.js';
import { linkFrames } from './frame-links.js';
import { cutShortNote, describeException, hasNoTrace } from './run-end.js';
import type { FormatRenderer, RenderInput } from './types.js';

export const UNCHANGED = '..';

export function localsJson(
  locals: Record<string, VariableValue>,
  previous: Record<string, VariableValue> | undefined,
): string {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(locals)) {
    const earlier = previous?.[name];
    out[name] =
      earlier && earlier.repr === value.repr && earlier.type === value.type ? UNCHANGED : value.repr;
  }
  return JSON.stringify(out);
}

export function renderCwmFull(input: RenderInput): string | null {
  if (hasNoTrace(input)) return null;
  const { steps } = input.result;
  const source = input.code.split('\n');
  const links = linkFrames(steps);
  const frames: string[] = [];
  for (let index = 0; index < steps.length; index++) {
    const step = steps[index]!;
    // Line 0 is the module's call event: there is no source line for it.
    const text = step.line > 0 ? (source[step.line - 1] ?? '').trimEnd() : '';
    const previousIndex = links.before[index]!;
    const previous = previousIndex >= 0 ? steps[previousIndex]!.locals : undefined;
    if (step.event === 'call') {
      frames.push(`<|call_sep|>${localsJson(step.locals, undefined)}<|action_sep|>${text}<|frame_sep|>`);
    } else if (step.event === 'line') {
      frames.push(`<|line_sep|>${localsJson(step.locals, previous)}<|action_sep|>${text}<|frame_sep|>`);
    } else if (step.event === 'return') {
      const value = step.value?.repr ?? 'None';
      frames.push(`<|return_sep|><|action_sep|>${text}<|arg_sep|>${value}<|frame_sep|>`);
    } else {
      const raised = step.exception ? describeException(step.exception) : '';
      frames.push(`<|exception_sep|><|action_sep|>${text}<|arg_sep|>${raised}<|frame_sep|>`);
    }
  }
  const note = cutShortNote(input);
  if (note) frames.push(`# ${note}`);
  return frames.join('\n');
}

export const cwmFullRenderer: FormatRenderer = {
  name: 'cwm-full',
  variantOf: 'cwm',
  description: "semtrace's CWM-style frames: every frame from the module on, one per line, values as reprs",
  render: renderCwmFull,
};
