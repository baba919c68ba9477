import { describe, expect, it } from 'vitest';
import { createDebuggerRenderer, renderDebugger } from '../../src/formats/debugger.js';
import { renderDebuggerJson } from '../../src/formats/debugger-json.js';
import { renderAll } from '../../src/formats/index.js';
import { program, useEngine } from './support.js';

const nested = program(
  'def g(x):',
  '    y = x + 1',
  '    return y',
  '',
  'def f(a):',
  '    b = g(a)',
  '    for i in range(2):',
  '        b += i',
  '    return b',
  'print(f(3))',
);

describe('debugger renderers', () => {
  const { traced, cruxevalSample } = useEngine();

  it('writes source, breakpoints, then state / action / next state in CWM-style frames', async () => {
    const input = await traced(nested);
    const text = renderDebugger(input, { actions: ['next'], perAction: 40, breakpoints: 0 })!;
    expect(text.startsWith(`<|source_sep|>\n${nested.trimEnd()}\n\n`)).toBe(true);
    expect(text).not.toContain('<|breakpoints_sep|>');
    // Every stop is sampled: next over the call to g stays in f, unchanged `a` elided.
    expect(text).toContain(
      [
        '<|stack_sep|><module>:10 > f:6',
        '<|line_sep|>{"a":"3"}<|action_sep|>    b = g(a)<|frame_sep|>',
        '<|debug_sep|>next<|frame_sep|>',
        '<|stack_sep|><module>:10 > f:7',
        '<|line_sep|>{"a":"..","b":"4"}<|action_sep|>    for i in range(2):<|frame_sep|>',
      ].join('\n'),
    );
    expect(text).toContain(
      '<|return_sep|>{"a":"..","b":"..","i":".."}<|action_sep|>    return b<|arg_sep|>5<|frame_sep|>',
    );
    expect(text).toContain('<|debug_sep|>next<|frame_sep|>\n<|end_sep|><|frame_sep|>');
  });

  it('is deterministic for a seed, and the seed changes the choice', async () => {
    const input = await traced(nested);
    const a = renderDebugger(input, { seed: 1 });
    expect(renderDebugger(input, { seed: 1 })).toBe(a);
    expect(renderDebugger(input, { seed: 2 })).not.toBe(a);
  });

  it('samples perAction states per action, with breakpoints at lines that run', async () => {
    const input = await traced(nested);
    const json = JSON.parse(renderDebuggerJson(input, { perAction: 3, breakpoints: 2, seed: 5 })!);
    expect(json.breakpoints).toHaveLength(2);
    const ran = new Set(input.result.steps.filter((s) => s.event === 'line').map((s) => s.line));
    for (const line of json.breakpoints) expect(ran.has(line)).toBe(true);
    const counts: Record<string, number> = {};
    for (const sample of json.samples) {
      const name = sample.action.split(' ')[0];
      counts[name] = (counts[name] ?? 0) + 1;
    }
    expect(counts).toEqual({ step: 3, next: 3, finish: 3, continue: 3, until: 3 });
  });

  it('inverse samples show the later state first and ask for the earlier one', async () => {
    const input = await traced(nested);
    const text = createDebuggerRenderer({ actions: ['finish'], perAction: 1, inverse: true, seed: 3 }).render(
      input,
    )!;
    expect(text).toMatch(/<\|debug_sep\|>before finish<\|frame_sep\|>/);
    const json = JSON.parse(
      renderDebuggerJson(input, { actions: ['finish'], perAction: 1, inverse: true, seed: 3 })!,
    );
    expect(json.samples[0].inverse).toBe(true);
  });

  it('JSON states carry event, line, function, stack and variables; the end is {ended: true}', async () => {
    const input = await traced(nested);
    const json = JSON.parse(
      renderDebuggerJson(input, { actions: ['step'], perAction: 100, breakpoints: 0 })!,
    );
    const first = json.samples[0];
    expect(first.before).toEqual({
      event: 'line',
      line: 1,
      func: '<module>',
      stack: [{ func: '<module>', line: 1 }],
      locals: {},
    });
    expect(first.after.line).toBe(5);
    expect(json.samples.at(-1).after).toEqual({ ended: true });
  });

  it('renderAll gives both debugger formats the policy in its options, other formats as registered', async () => {
    const input = await traced(nested);
    const policy = { actions: ['next' as const], perAction: 1, inverse: true, seed: 4 };
    const renders = renderAll(input, ['debugger', 'debugger-json', 'cwm-full'], { debugger: policy });
    expect(renders.debugger).toBe(renderDebugger(input, policy));
    expect(renders['debugger-json']).toBe(renderDebuggerJson(input, policy));
    expect(renders['cwm-full']).toBe(renderAll(input, ['cwm-full'])['cwm-full']);
    expect(renderAll(input, ['debugger']).debugger).toBe(renderDebugger(input));
  });

  it('renders nothing for a program that did not compile, and renders CRUXEval runs', async () => {
    const broken = await traced(program('def f(x)', '    return x'), { call: 'f(1)' });
    expect(renderDebugger(broken)).toBeNull();
    expect(renderDebuggerJson(broken)).toBeNull();
    for (const input of await cruxevalSample()) {
      const text = renderDebugger(input);
      expect(text).toContain('<|debug_sep|>');
    }
  });
});
