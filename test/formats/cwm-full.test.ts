import { describe, expect, it } from 'vitest';
import { renderCwmFull as renderCwm } from '../../src/formats/cwm-full.js';
import { program, sumLoop, useEngine } from './support.js';

describe('cwm-full renderer', () => {
  const { traced, cruxevalSample } = useEngine();

  it('writes one frame per event, source text as the action and ".." for unchanged variables', async () => {
    const input = await traced(sumLoop, { call: 'f([1, 2])' });
    expect(renderCwm(input)).toBe(
      [
        '<|call_sep|>{}<|action_sep|><|frame_sep|>',
        '<|line_sep|>{}<|action_sep|>def f(xs):<|frame_sep|>',
        '<|return_sep|><|action_sep|>def f(xs):<|arg_sep|>None<|frame_sep|>',
        '<|call_sep|>{"xs":"[1, 2]"}<|action_sep|>def f(xs):<|frame_sep|>',
        '<|line_sep|>{"xs":".."}<|action_sep|>    total = 0<|frame_sep|>',
        '<|line_sep|>{"xs":"..","total":"0"}<|action_sep|>    for x in xs:<|frame_sep|>',
        '<|line_sep|>{"xs":"..","total":"..","x":"1"}<|action_sep|>        total += x<|frame_sep|>',
        '<|line_sep|>{"xs":"..","total":"1","x":".."}<|action_sep|>    for x in xs:<|frame_sep|>',
        '<|line_sep|>{"xs":"..","total":"..","x":"2"}<|action_sep|>        total += x<|frame_sep|>',
        '<|line_sep|>{"xs":"..","total":"3","x":".."}<|action_sep|>    for x in xs:<|frame_sep|>',
        '<|line_sep|>{"xs":"..","total":"..","x":".."}<|action_sep|>    return total<|frame_sep|>',
        '<|return_sep|><|action_sep|>    return total<|arg_sep|>3<|frame_sep|>',
      ].join('\n'),
    );
  });

  it('compares a caller frame with its own previous event, not with the callee, and shows exceptions', async () => {
    const code = program('def half(n):', '    return 10 // n', 'a = half(5)', 'b = half(0)');
    const input = await traced(code);
    expect(input.result.status).toBe('error');
    const error = 'ZeroDivisionError: integer division or modulo by zero';
    expect(renderCwm(input)).toBe(
      [
        '<|call_sep|>{}<|action_sep|><|frame_sep|>',
        '<|line_sep|>{}<|action_sep|>def half(n):<|frame_sep|>',
        '<|line_sep|>{}<|action_sep|>a = half(5)<|frame_sep|>',
        '<|call_sep|>{"n":"5"}<|action_sep|>def half(n):<|frame_sep|>',
        '<|line_sep|>{"n":".."}<|action_sep|>    return 10 // n<|frame_sep|>',
        '<|return_sep|><|action_sep|>    return 10 // n<|arg_sep|>2<|frame_sep|>',
        '<|line_sep|>{"a":"2"}<|action_sep|>b = half(0)<|frame_sep|>',
        '<|call_sep|>{"n":"0"}<|action_sep|>def half(n):<|frame_sep|>',
        '<|line_sep|>{"n":".."}<|action_sep|>    return 10 // n<|frame_sep|>',
        `<|exception_sep|><|action_sep|>    return 10 // n<|arg_sep|>${error}<|frame_sep|>`,
        '<|return_sep|><|action_sep|>    return 10 // n<|arg_sep|>None<|frame_sep|>',
        `<|exception_sep|><|action_sep|>b = half(0)<|arg_sep|>${error}<|frame_sep|>`,
        '<|return_sep|><|action_sep|>b = half(0)<|arg_sep|>None<|frame_sep|>',
      ].join('\n'),
    );
  });

  it('says when the trace was cut short', async () => {
    const input = await traced(program('while True:', '    pass'), { limits: { maxSteps: 3 } });
    expect(renderCwm(input)).toBe(
      [
        '<|call_sep|>{}<|action_sep|><|frame_sep|>',
        '<|line_sep|>{}<|action_sep|>while True:<|frame_sep|>',
        '<|line_sep|>{}<|action_sep|>    pass<|frame_sep|>',
        '# trace cut short (step_limit) after 3 events',
      ].join('\n'),
    );
  });

  it('has as many frames of each kind as the trace has events, on 50 CRUXEval programs', async () => {
    for (const input of await cruxevalSample()) {
      const text = renderCwm(input)!;
      const { steps } = input.result;
      expect(text.split('<|frame_sep|>').length - 1).toBe(steps.length);
      for (const event of ['call', 'line', 'return', 'exception'] as const) {
        const frames = text.split(`<|${event}_sep|>`).length - 1;
        expect(frames).toBe(steps.filter((step) => step.event === event).length);
      }
      for (const match of text.matchAll(/<\|(?:call|line)_sep\|>(.*?)<\|action_sep\|>/g)) {
        const locals = JSON.parse(match[1]!) as Record<string, unknown>;
        for (const value of Object.values(locals)) expect(typeof value).toBe('string');
      }
      expect(text.endsWith(`<|arg_sep|>${input.result.returnRepr}<|frame_sep|>`)).toBe(true);
    }
  });
});
