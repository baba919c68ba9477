/**
 * `cwm` on programs whose expected text is what CWM's released serializer (demos/cwmdbg.py) wrote for
 * them (run as in test/fixtures/golden/PROVENANCE.md, begin-of-text token left to the tokenizer).
 */
import { describe, expect, it } from 'vitest';
import { renderCwm } from '../../src/formats/cwm.js';
import { program, sumLoop, useEngine } from './support.js';

const frame = (kind: string, locals: string, action: string) =>
  `<|${kind}_sep|>${locals}<|action_sep|>${action}<|frame_sep|>`;
const ending = (kind: string, action: string, argument: string) =>
  `<|${kind}_sep|><|action_sep|>${action}<|arg_sep|>${argument}<|frame_sep|>`;

describe('cwm renderer', () => {
  const { traced } = useEngine();

  it('writes the context header, the frames of the call with ".." where cwmdbg restores it, and the end token', async () => {
    const code = program(
      'def f(items):',
      '    out = {}',
      '    for k in items:',
      '        try:',
      '            out[k] = 10 // k',
      '        except ZeroDivisionError:',
      '            out[k] = None',
      '    return out[items[-1] + 1]',
    );
    const lines = code.split('\n');
    const all = (out: string) => `{"items": "..", "out": ${out}, "k": ".."}`;
    const division = 'ZeroDivisionError: integer division or modulo by zero';
    expect(renderCwm(await traced(code, { call: 'f([2, 0])' }))).toBe(
      [
        `<|trace_context_start|>def f(items):  # << START_OF_TRACE\n${lines.slice(1).join('\n')}<|frame_sep|>`,
        frame('call', '{"items": "[2, 0]"}', lines[0]!),
        frame('line', '{"items": ".."}', lines[1]!),
        frame('line', '{"items": "..", "out": "{}"}', lines[2]!),
        frame('line', '{"items": "..", "out": "..", "k": "2"}', lines[3]!),
        frame('line', all('".."'), lines[4]!),
        frame('line', all('"{2: 5}"'), lines[2]!),
        frame('line', '{"items": "..", "out": "..", "k": "0"}', lines[3]!),
        frame('line', all('".."'), lines[4]!),
        ending('exception', lines[4]!, `"${division}"`),
        frame('line', all('".."'), lines[5]!),
        frame('line', all('".."'), lines[6]!),
        frame('line', all('"{2: 5, 0: None}"'), lines[2]!),
        frame('line', all('".."'), lines[7]!),
        ending('exception', lines[7]!, '"KeyError: 1"'),
        ending('return', lines[7]!, '"None"'),
        '<|end_of_text|>',
      ].join(''),
    );
  });

  it('shows every value again on the first line after a callee returns (the resolver stops there)', async () => {
    const code = program('def g(x):', '    return x + 1', '', 'def f(x):', '    y = g(x)', '    return y');
    const text = renderCwm(await traced(code, { call: 'f(1)' }))!;
    expect(text).toContain(
      `${frame('call', '{"x": "1"}', 'def g(x):')}${frame('line', '{"x": ".."}', '    return x + 1')}` +
        `${ending('return', '    return x + 1', '"2"')}${frame('line', '{"x": "1", "y": "2"}', '    return y')}`,
    );
    expect(text.endsWith(`${ending('return', '    return y', '"2"')}<|end_of_text|>`)).toBe(true);
  });

  it('renders null for a script, and a trace cut short has no end token', async () => {
    expect(renderCwm(await traced(program('x = 1')))).toBeNull();
    const loop = program('def f():', '    while True:', '        pass');
    const cut = await traced(loop, { call: 'f()', limits: { maxSteps: 30 } });
    expect(cut.result.status).toBe('step_limit');
    expect(renderCwm(cut)!.endsWith('<|frame_sep|>')).toBe(true);
    const ok = await traced(sumLoop, { call: 'f([1])' });
    expect(renderCwm(ok)!.endsWith('<|end_of_text|>')).toBe(true);
  });
});
