import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { silentProgress } from '../../src/dataset/build/progress.js';
import { buildDataset } from '../../src/dataset/index.js';
import type { TraceStep } from '../../src/engine/types.js';
import { isSemtraceError } from '../../src/errors.js';
import { loadTaskItems, makeStateQuestions, type TaskItem } from '../../src/tasks/index.js';
import { cruxevalPath } from '../support/paths.js';

const dir = mkdtempSync(join(tmpdir(), 'semtrace-tasks-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function collect(iterable: AsyncIterable<TaskItem>): Promise<TaskItem[]> {
  const items: TaskItem[] = [];
  for await (const item of iterable) items.push(item);
  return items;
}

describe('CRUXEval file', () => {
  it('gives call items f(<input>) with the given output', async () => {
    const items = await collect(loadTaskItems('output', cruxevalPath));
    expect(items).toHaveLength(800);
    expect(items[0]).toMatchObject({
      id: 'sample_0',
      mode: 'call',
      input: { call: 'f([1, 1, 3, 1, 3, 1])' },
    });
    expect(items[0]!.output).toBe('[(4, 1), (4, 1), (4, 1), (4, 1), (2, 3), (2, 3)]');
  });

  it('computes the real trace for trace items, and state questions from it', async () => {
    const [traced] = await collect(loadTaskItems('trace', cruxevalPath, { limit: 1, backend: 'native' }));
    expect(traced!.trace!.length).toBeGreaterThan(10);
    expect(traced!.status).toBe('ok');
    expect(traced!.meta.traceLength).toBe(traced!.trace!.length);
    const state = await collect(
      loadTaskItems('state', cruxevalPath, { limit: 6, backend: 'native', questionsPerItem: 3 }),
    );
    expect(state.map((item) => item.id)).toEqual([
      'sample_0#q0',
      'sample_0#q1',
      'sample_0#q2',
      'sample_1#q0',
      'sample_1#q1',
      'sample_1#q2',
    ]);
    expect(new Set(state.slice(0, 3).map((item) => item.question!.kind)).size).toBe(3);
  });
});

describe('bad data', () => {
  it('names the file and line of a broken record', async () => {
    const path = join(dir, 'bad.jsonl');
    writeFileSync(
      path,
      '{"code": "def f(x): return x", "input": "1", "output": "1", "id": "a"}\n{"nope": 1}\n',
    );
    const error = await collect(loadTaskItems('output', path)).catch((caught: unknown) => caught);
    expect(isSemtraceError(error) && error.code).toBe('SEMTRACE_BAD_DATA');
    expect((error as Error).message).toContain('bad.jsonl:2');
  });

  it('refuses an unknown task', async () => {
    const error = await collect(loadTaskItems('guess' as never, dir)).catch((caught: unknown) => caught);
    expect(isSemtraceError(error) && error.code).toBe('SEMTRACE_UNKNOWN_TASK');
  });
});

describe('state questions', () => {
  const code = 'def f(x):\n    y = x * 2\n    if y > 100:\n        y = 0\n    return y';
  const trace: TraceStep[] = [
    { event: 'line' as const, line: 1, func: '<module>', depth: 0, locals: {} },
    { event: 'call' as const, line: 1, func: 'f', depth: 0, locals: { x: { repr: '3', type: 'int' } } },
    { event: 'line' as const, line: 2, func: 'f', depth: 0, locals: { x: { repr: '3', type: 'int' } } },
    {
      event: 'line' as const,
      line: 3,
      func: 'f',
      depth: 0,
      locals: { x: { repr: '3', type: 'int' }, y: { repr: '6', type: 'int' } },
    },
    {
      event: 'line' as const,
      line: 5,
      func: 'f',
      depth: 0,
      locals: { x: { repr: '3', type: 'int' }, y: { repr: '6', type: 'int' } },
    },
    {
      event: 'return' as const,
      line: 5,
      func: 'f',
      depth: 0,
      locals: { x: { repr: '3', type: 'int' }, y: { repr: '6', type: 'int' } },
      value: { repr: '6', type: 'int' },
    },
  ];

  it('asks about values, coverage and the next line, with true answers, the same for the same seed', () => {
    const questions = makeStateQuestions(code, trace, { max: 30 });
    expect(questions).toContainEqual({ kind: 'value', line: 2, variable: 'y', answer: '6' });
    expect(questions).toContainEqual({ kind: 'covered', line: 4, answer: 'no' });
    expect(questions).toContainEqual({ kind: 'covered', line: 3, answer: 'yes' });
    expect(questions).toContainEqual({ kind: 'next-line', line: 3, answer: '5' });
    expect(questions).toContainEqual({ kind: 'next-line', line: 5, answer: '-' });
    expect(makeStateQuestions(code, trace, { seed: 4, max: 3 })).toEqual(
      makeStateQuestions(code, trace, { seed: 4, max: 3 }),
    );
  });
});

describe('semtrace dataset directory', () => {
  let out: string;
  beforeAll(async () => {
    out = join(dir, 'built');
    const source = join(dir, 'source.jsonl');
    writeFileSync(
      source,
      [
        {
          id: 'a',
          code: 'def f(xs):\n    total = 0\n    for x in xs:\n        total += x\n    return total',
          input: '[1, 2, 3]',
          output: '6',
        },
        {
          id: 'b',
          code: 'def f(s):\n    out = ""\n    for c in s:\n        out = c + out\n    return out',
          input: "'abc'",
          output: "'cba'",
        },
      ]
        .map((record) => JSON.stringify(record))
        .join('\n'),
    );
    await buildDataset({
      sources: [source],
      out,
      backend: 'native',
      workers: 1,
      mutantsPerProgram: 2,
      inputsPerProgram: 1,
      splitRatios: { train: 0, dev: 0, test: 1 },
      formats: ['codeexecutor'],
      minTraceLength: 1,
      progress: silentProgress,
      warn: () => {},
    });
  }, 120_000);

  it('reads samples of the split as items with their trace and metadata', async () => {
    const items = await collect(loadTaskItems('trace', out, { split: 'test' }));
    expect(items.length).toBeGreaterThan(2);
    for (const item of items) {
      expect(item.trace!.length).toBe(item.meta.traceLength);
      expect(item.meta.split).toBe('test');
      expect(item.meta.level).toBeDefined();
    }
    expect(items.some((item) => item.meta.operator)).toBe(true);
    const output = await collect(loadTaskItems('output', out));
    expect(output.every((item) => item.output.length > 0)).toBe(true);
  });
});
