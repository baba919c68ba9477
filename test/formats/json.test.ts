import { describe, expect, it } from 'vitest';
import type { TraceStep } from '../../src/engine/types.js';
import { renderJson } from '../../src/formats/json.js';
import { program, useEngine } from './support.js';

describe('json renderer', () => {
  const { traced, cruxevalSample } = useEngine();

  it('writes the steps of a small script as compact JSON in a fixed key order', async () => {
    const input = await traced(program('x = 2', 'print(x * 3)'));
    const int2 = '{"repr":"2","type":"int"}';
    expect(renderJson(input)).toBe(
      '[{"event":"call","line":0,"func":"<module>","depth":0,"locals":{}},' +
        '{"event":"line","line":1,"func":"<module>","depth":0,"locals":{}},' +
        `{"event":"line","line":2,"func":"<module>","depth":0,"locals":{"x":${int2}},"stdout":"6\\n"},` +
        `{"event":"return","line":2,"func":"<module>","depth":0,"locals":{"x":${int2}},` +
        '"value":{"repr":"None","type":"NoneType"}}]',
    );
  });

  it('keeps exception events and parses back to the steps of a failed run', async () => {
    const input = await traced(program('def g(d):', '    return d["k"]', 'g({})'));
    expect(input.result.status).toBe('error');
    const text = renderJson(input);
    expect(text).toContain('"exception":{"type":"KeyError","message":"\'k\'"}');
    expect(JSON.parse(text)).toEqual(input.result.steps);
  });

  it('gives the same bytes whatever order the fields of a step were built in', () => {
    const step: TraceStep = {
      event: 'return',
      line: 3,
      func: 'f',
      depth: 1,
      locals: { b: { repr: '2', type: 'int' }, a: { repr: "'x'", type: 'str' } },
      value: { repr: '2', type: 'int' },
    };
    const shuffled = {
      value: { type: 'int', repr: '2' },
      locals: { b: { type: 'int', repr: '2' }, a: { type: 'str', repr: "'x'" } },
      depth: 1,
      func: 'f',
      line: 3,
      event: 'return',
    } as TraceStep;
    const render = (steps: TraceStep[]) =>
      renderJson({
        code: '',
        mode: 'script',
        input: {},
        result: { status: 'ok', stdout: '', returnRepr: null, returnType: null, exception: null, steps },
      });
    expect(render([shuffled])).toBe(render([step]));
    // Variables keep the frame's order (b was bound before a): it is part of the trace.
    expect(render([step])).toContain('"locals":{"b":');
    // A field this version does not know still round-trips, after the known ones.
    const extended = { ...step, column: 4, value: { repr: '2', type: 'int', id: 7 } } as TraceStep;
    expect(render([extended])).toContain('"value":{"repr":"2","type":"int","id":7},"column":4}]');
    expect(JSON.parse(render([extended]))).toStrictEqual([extended]);
  });

  it('round-trips the traces of 50 CRUXEval programs exactly', async () => {
    const inputs = await cruxevalSample();
    expect(inputs).toHaveLength(50);
    for (const input of inputs) {
      const text = renderJson(input);
      expect(JSON.parse(text)).toStrictEqual(input.result.steps);
      expect(text).not.toContain('\n');
      expect(renderJson(input)).toBe(text);
    }
  });
});
