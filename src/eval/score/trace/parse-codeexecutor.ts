/**
 * Reads trace text in the CodeExecutor format (`<line> <3> <state> x : 1 <dictsep> y : 2 </state>`,
 * printed text as `<output> hello`) into steps, splitting and parsing exactly as CodeExecutor's
 * `inference/metric.py` does, so the metrics built on it match the published ones:
 * - a step starts at every `<line>` and `<output>` token (text before the first token is a step too);
 * - the last step is dropped when it has no `</state>` (a generation cut off mid-step);
 * - a state is split at `<dictsep>`, each part at its first `:` into a trimmed name and value.
 */

export interface CodeExecutorStep {
  /** The step's text exactly as sliced from the trace (compared verbatim for output steps). */
  text: string;
  /** Text before `<state>`, trimmed (`<line> <3>`): compared as a whole. */
  lineInfo: string;
  hasState: boolean;
  isOutput: boolean;
  /** Variable name → value text, as metric.py builds it (a later duplicate name wins). */
  state: Map<string, string>;
}

const STEP_TOKENS = ['<line>', '<output>'];

export function parseCodeExecutorTrace(trace: string): CodeExecutorStep[] {
  const text = trace.trim();
  const cuts = new Set<number>([0, text.length]);
  for (const token of STEP_TOKENS) {
    for (let at = text.indexOf(token); at !== -1; at = text.indexOf(token, at + 1)) cuts.add(at);
  }
  const positions = [...cuts].sort((a, b) => a - b);
  const steps: CodeExecutorStep[] = [];
  for (let i = 1; i < positions.length; i++) {
    const piece = text.slice(positions[i - 1], positions[i]);
    if (i === positions.length - 1 && !piece.includes('</state>')) continue;
    steps.push(toStep(piece));
  }
  return steps;
}

function toStep(text: string): CodeExecutorStep {
  const stateAt = text.indexOf('<state>');
  // metric.py slices with find()'s -1 when there is no state: the line info is then all but the last
  // character, and the "state" is the last character. Reproduced so identifier counts agree.
  const lineInfo = (stateAt === -1 ? text.slice(0, -1) : text.slice(0, stateAt)).trim();
  let body = (stateAt === -1 ? text.slice(-1) : text.slice(stateAt)).trim();
  if (body.startsWith('<state>')) body = body.slice('<state>'.length);
  if (body.endsWith('</state>')) body = body.slice(0, -'</state>'.length);
  const state = new Map<string, string>();
  for (const part of body.split('<dictsep>')) {
    const colon = part.indexOf(':');
    if (colon !== -1) state.set(part.slice(0, colon).trim(), part.slice(colon + 1).trim());
  }
  return { text, lineInfo, hasState: stateAt !== -1, isOutput: text.includes('<output>'), state };
}

/** Printed outputs of a trace in order, as metric.py's `get_output_from_trace` reads them. */
export function traceOutputs(steps: readonly CodeExecutorStep[]): string[] {
  const outputs: string[] = [];
  for (const step of steps) {
    if (!step.isOutput) continue;
    let printed = step.text.slice('<output> '.length).trim();
    const event = printed.indexOf('_____event');
    if (event !== -1) printed = printed.slice(0, event).trim();
    if (printed.length > 0) outputs.push(printed);
  }
  return outputs;
}
