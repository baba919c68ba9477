import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEngine, type Engine } from '../../../src/engine/engine.js';
import { repoRoot } from '../../support/paths.js';
import { collect } from './collect.js';

const fixtures = join(repoRoot, 'test/fixtures/sources');
const corpus = join(fixtures, 'corpus');

describe('a folder of Python programs (CodeNet layout)', () => {
  it('yields every program once, in code point order of the paths, files and folders interleaved', async () => {
    const { programs } = await collect([corpus]);
    expect(programs.map((program) => program.sourceId)).toEqual([
      'corpus/both',
      'corpus/contest/abc001/a',
      'corpus/greet',
      'corpus/lessons/single-line/strings/upper',
      'corpus/scale',
      'corpus/stem',
      'corpus/stem.v2',
      'corpus/sum_pairs',
      'corpus/tutorial/countdown',
    ]);
  });

  it('feeds every stdin file beside a program, sorted, and an empty stdin when there is none', async () => {
    const { programs } = await collect([corpus]);
    const byId = new Map(programs.map((program) => [program.sourceId, program]));
    expect(byId.get('corpus/sum_pairs')).toMatchObject({
      mode: 'script',
      inputs: [{ stdin: '3\n0 0\n5 5\n7 8\n' }, { stdin: '1\n10 -3\n' }, { stdin: '2\n1 2\n3 4\n' }],
      origin: { path: join(corpus, 'sum_pairs.py') },
    });
    expect(byId.get('corpus/greet')?.inputs).toEqual([{ stdin: '' }]);
    // `stem.v2.in` and `stem.v2.extra.in` belong to `stem.v2.py` (longest stem), not to `stem.py`.
    expect(byId.get('corpus/stem')?.inputs).toEqual([{ stdin: 'for stem\n' }]);
    expect(byId.get('corpus/stem.v2')?.inputs).toEqual([
      { stdin: 'also for stem.v2\n' },
      { stdin: 'for stem.v2\n' },
    ]);
  });

  it('reads a .calls file as call mode, skipping comments and blank lines', async () => {
    const { programs } = await collect([corpus]);
    const scale = programs.find((program) => program.sourceId === 'corpus/scale');
    expect(scale?.mode).toBe('call');
    expect(scale?.inputs).toEqual([
      { call: 'scale([1, 2, 3], 2)' },
      { call: 'scale([], 5)' },
      { call: 'scale([0.5], -1)' },
    ]);
  });

  it('takes the level from a folder named after it, anywhere below the root', async () => {
    const { programs } = await collect([corpus]);
    const levels = Object.fromEntries(programs.map((program) => [program.sourceId, program.level]));
    expect(levels).toMatchObject({
      'corpus/contest/abc001/a': 'contest',
      'corpus/tutorial/countdown': 'tutorial',
      'corpus/lessons/single-line/strings/upper': 'single-line',
      'corpus/greet': undefined,
    });
  });

  it('reports an empty program and a program with both stdin and calls (which uses the calls)', async () => {
    const { programs, problems } = await collect([corpus]);
    expect(problems).toEqual([
      expect.objectContaining({ path: join(corpus, 'both.calls'), reason: 'bad_record' }),
      expect.objectContaining({ path: join(corpus, 'empty.py'), reason: 'empty' }),
    ]);
    expect(problems[0]!.message).toContain('using the calls');
    expect(programs.find((program) => program.sourceId === 'corpus/both')).toMatchObject({
      mode: 'call',
      inputs: [{ call: 'twice(21)' }],
    });
  });

  it('reads a single .py file with its stdin files, and none of its neighbours', async () => {
    const { programs, problems } = await collect([join(fixtures, 'single/solo.py')]);
    expect(problems).toEqual([]);
    expect(programs).toEqual([
      {
        sourceId: 'single/solo',
        code: 'print(sum(int(x) for x in input().split()))\n',
        mode: 'script',
        inputs: [{ stdin: '1 2 3\n' }],
        origin: { path: join(fixtures, 'single/solo.py') },
      },
    ]);
  });

  it('gives the same ids whether the folder is named by an absolute or a relative path', async () => {
    const absolute = await collect([corpus]);
    const relative = await collect(['test/fixtures/sources/corpus']);
    expect(relative.programs.map((program) => program.sourceId)).toEqual(
      absolute.programs.map((program) => program.sourceId),
    );
    expect(relative.programs[0]!.origin.path).toBe('test/fixtures/sources/corpus/both.py');
  });
});

describe('the programs a folder yields run in the engine with their inputs', () => {
  let engine: Engine;
  beforeAll(async () => {
    engine = await createEngine({ backend: 'native', workers: 1 });
  });
  afterAll(() => engine?.close());

  it('prints what each input asks for', async () => {
    const { programs } = await collect([corpus]);
    const outputs = new Map<string, string[]>();
    for (const program of programs) {
      for (const input of program.inputs) {
        const result = await engine.run({ code: program.code, mode: program.mode, ...input, trace: false });
        expect(result.status, `${program.sourceId}: ${result.stderr}`).toBe('ok');
        const seen = outputs.get(program.sourceId) ?? [];
        seen.push(program.mode === 'call' ? result.returnRepr! : result.stdout);
        outputs.set(program.sourceId, seen);
      }
    }
    expect(outputs.get('corpus/sum_pairs')).toEqual(['0\n10\n15\n', '7\n', '3\n7\n']);
    expect(outputs.get('corpus/scale')).toEqual(['[2, 4, 6]', '[]', '[-0.5]']);
    expect(outputs.get('corpus/contest/abc001/a')).toEqual(['ecartmes\n']);
    expect(outputs.get('corpus/both')).toEqual(['42']);
    expect(outputs.get('corpus/stem.v2')).toEqual(['ALSO FOR STEM.V2\n', 'FOR STEM.V2\n']);
  });
});
