/**
 * `cruxeval`: the run as a CRUXEval-style task, JSON `{"code", "input", "output"}`. Call mode: `input` is
 * the argument text of `f(...)` (the whole call text when the call is not a single call of `f`) and
 * `output` the returned value's repr. Script mode: `input` is stdin and `output` stdout. Only a run that
 * finished `ok` makes a task: anything else renders null.
 */
import { callArguments } from '../common/python-scan.js';
import type { FormatRenderer, RenderInput } from './types.js';

export function renderCruxeval(input: RenderInput): string | null {
  const { result } = input;
  if (result.status !== 'ok') return null;
  if (input.mode === 'call') {
    const call = input.input.call ?? '';
    const task = {
      code: input.code,
      input: callArguments(call, 'f') ?? call,
      output: result.returnRepr ?? 'None',
    };
    return JSON.stringify(task);
  }
  return JSON.stringify({ code: input.code, input: input.input.stdin ?? '', output: result.stdout });
}

export const cruxevalRenderer: FormatRenderer = {
  name: 'cruxeval',
  description: 'CRUXEval-style task JSON {"code","input","output"}; null unless the run finished ok',
  render: renderCruxeval,
};
