import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSources, type SourceProgram } from '../../../src/dataset/sources/index.js';
import type { SourceProblem } from '../../../src/dataset/types.js';
import { createEngine, type Engine } from '../../../src/engine/engine.js';
import { loadCruxeval } from '../../support/cruxeval.js';
import { cruxevalPath } from '../../support/paths.js';
import { pythonValuesEqual } from '../../support/python-equal.js';

describe('CRUXEval as a source', () => {
  const items = loadCruxeval();
  const programs: SourceProgram[] = [];
  const problems: SourceProblem[] = [];
  let engine: Engine;

  beforeAll(async () => {
    for await (const program of readSources([cruxevalPath], { onProblem: (p) => problems.push(p) })) {
      programs.push(program);
    }
    engine = await createEngine({ backend: 'native', workers: 1 });
  });
  afterAll(() => engine?.close());

  it('yields all 800 tasks as call-mode programs calling f with the task input, in file order', () => {
    expect(problems).toEqual([]);
    expect(programs).toHaveLength(800);
    programs.forEach((program, index) => {
      const item = items[index]!;
      expect(program).toEqual({
        sourceId: `cruxeval:${item.id}`,
        code: item.code,
        mode: 'call',
        inputs: [{ call: `f(${item.input})` }],
        origin: { path: cruxevalPath, line: index + 1 },
      });
    });
  });

  it('gives calls that return the expected output in the engine (every 16th task, 50 in all)', async () => {
    const sample = programs.filter((_, index) => index % 16 === 0);
    expect(sample).toHaveLength(50);
    const requests = sample.map((program) => ({
      code: program.code,
      call: program.inputs[0]!.call!,
      trace: false,
    }));
    const returned: string[] = [];
    for await (const { result } of engine.runMany(requests)) {
      expect(result.status).toBe('ok');
      returned.push(result.returnRepr ?? 'None');
    }
    const expected = sample.map((_, index) => items[index * 16]!.output);
    const equal = pythonValuesEqual(returned.map((value, index) => [value, expected[index]!]));
    expect(equal.filter((same) => !same)).toHaveLength(0);
  });
});
