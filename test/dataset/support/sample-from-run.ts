/**
 * Real Samples for tests: runs small programs in the engine (native backend) and builds a Sample from
 * each result with the builder's makeSample, so writer and reader tests handle what a build really produces.
 */
import { createHash } from 'node:crypto';
import { makeSample, type SampleItem } from '../../../src/dataset/build/sample.js';
import type { Level, Sample, SampleMutation, Split } from '../../../src/dataset/types.js';
import { createEngine } from '../../../src/engine/engine.js';
import type { RunRequest, RunResult } from '../../../src/engine/types.js';

export interface SampleProgram {
  code: string;
  call?: string;
  stdin?: string;
  level?: Level;
  mutation?: SampleMutation | null;
}

/** The Sample the builder's makeSample gives for this program and run, as an unmutated or mutated source. */
export function sampleFromRun(program: SampleProgram, result: RunResult, split: Split): Sample {
  const mutation = program.mutation ?? null;
  const originalCode = mutation?.originalCode ?? program.code;
  const item: SampleItem = {
    sourceId: createHash('sha256').update(originalCode).digest('hex').slice(0, 12),
    code: program.code,
    mode: program.call === undefined ? 'script' : 'call',
    input: program.call === undefined ? { stdin: program.stdin } : { call: program.call },
    inputOrigin: 'source',
    originalCode,
    mutant: mutation && {
      id: mutation.id,
      edits: mutation.operators.map((operator) => ({ operator })),
      line: mutation.line,
      column: mutation.column,
      original: mutation.original,
      replacement: mutation.replacement,
    },
  };
  return makeSample(item, result, {
    split,
    level: program.level ?? 'tutorial',
    equivalentBehaviour: mutation?.equivalentBehaviour ?? false,
    renders: {},
  });
}

/** Runs every program once on the native backend and returns the results in order. */
export async function runPrograms(programs: readonly SampleProgram[]): Promise<RunResult[]> {
  const engine = await createEngine({ backend: 'native', workers: 1, isolation: 'auto' });
  try {
    const results: RunResult[] = [];
    for (const program of programs) {
      const request: RunRequest = { code: program.code, trace: true, limits: { maxSteps: 2000 } };
      if (program.call !== undefined) {
        request.mode = 'call';
        request.call = program.call;
      }
      if (program.stdin !== undefined) request.stdin = program.stdin;
      results.push(await engine.run(request));
    }
    return results;
  } finally {
    await engine.close();
  }
}

/** Programs with prints, returns, exceptions, loops, unicode and a step-limited run. */
export const samplePrograms: SampleProgram[] = [
  { code: 'def f(x):\n    y = x * 2\n    return y + 1\n', call: 'f(20)', level: 'single-line' },
  {
    code: 'n = int(input())\ntotal = 0\nfor i in range(n):\n    total += i\nprint(total)\n',
    stdin: '5\n',
  },
  {
    code: 'def f(s):\n    out = []\n    for ch in s:\n        out.append(ch.upper())\n    return "".join(out)\n',
    call: "f('héllo ✓')",
  },
  {
    code: 'def f(items):\n    return items[10]\n',
    call: 'f([1, 2, 3])',
    level: 'contest',
  },
  { code: 'x = 1\nwhile True:\n    x += 1\n', level: 'contest' },
  { code: 'print("a\\tb")\nprint(\'quote " and \\\\ back\')\n' },
  // U+2028 stays raw in JSON text: a line reader that split on it would cut the record in two.
  { code: 's = "one\\u2028two\\r\\nthree"\nprint(s)\n', level: 'single-line' },
  {
    code: 'def f(a, b):\n    return a - b\n',
    call: 'f(7, 3)',
    mutation: {
      id: 'm-aor-1',
      operators: ['AOR'],
      line: 2,
      column: 13,
      original: '+',
      replacement: '-',
      originalCode: 'def f(a, b):\n    return a + b\n',
      equivalentBehaviour: false,
    },
  },
  { code: 'def f(d):\n    d["k"] = None\n    return d\n', call: 'f({1: 2.5})', level: 'single-line' },
];

/** `count` real samples: the programs above, cycled, split in order train, dev, test by the given sizes. */
export async function makeSamples(sizes: Record<Split, number>): Promise<Sample[]> {
  const results = await runPrograms(samplePrograms);
  const samples: Sample[] = [];
  let n = 0;
  for (const split of ['train', 'dev', 'test'] as const) {
    for (let i = 0; i < sizes[split]; i++, n++) {
      const index = n % samplePrograms.length;
      const base = sampleFromRun(samplePrograms[index]!, results[index]!, split);
      // Distinct ids per copy, as a build gives each (program, input) its own record.
      const sample: Sample = { ...base, id: `${base.id.slice(0, 11)}${String(n).padStart(5, '0')}` };
      // Renders stand in for the formatters' text: what matters here is that it travels unchanged.
      sample.renders = { json: JSON.stringify(sample.trace.slice(0, 3)) };
      if (sample.mode === 'call' && sample.status === 'ok')
        sample.renders['semcoder-concise'] =
          `[INPUT]${sample.input.call}[/INPUT][OUTPUT]${sample.output.returnRepr}[/OUTPUT]`;
      samples.push(sample);
    }
  }
  return samples;
}
