/**
 * npm run bench:score — scores all 800 CRUXEval items for output and input prediction with the true
 * answers, through the engine (batched checks), and the official way in the same run: a fresh
 * `python3 -c` per check with the assert, 2 in parallel, 3 s timeout. Prints both times and the ratio.
 *
 * Usage: npm run bench:score [-- --data path/to/cruxeval.jsonl] [--backend native|pyodide] [--workers 2]
 */
import { execFileSync, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createEngine } from '../src/engine/engine.js';
import type { BackendName } from '../src/engine/types.js';
import { createScorer } from '../src/eval/score/index.js';
import { type CruxevalRecord, fromCruxeval } from '../src/tasks/from-records.js';

const { values } = parseArgs({
  options: {
    data: {
      type: 'string',
      default: fileURLToPath(new URL('../test/fixtures/cruxeval/cruxeval.jsonl', import.meta.url)),
    },
    backend: { type: 'string', default: 'native' },
    workers: { type: 'string', default: '2' },
  },
});
const workers = Number(values.workers);

const records: CruxevalRecord[] = readFileSync(values.data!, 'utf8')
  .split('\n')
  .filter((line) => line.trim())
  .map((line) => JSON.parse(line));

type Task = 'output' | 'input';
const answer = (task: Task, record: CruxevalRecord) =>
  task === 'output' ? record.output : `f(${record.input})`;

async function ours(task: Task) {
  const engine = await createEngine({ backend: values.backend as BackendName, workers });
  await engine.warmUp();
  const scorer = await createScorer(task, { engine });
  const pairs = records.map((record) => ({
    item: fromCruxeval(task, record, record.id),
    responses: [answer(task, record)],
  }));
  const started = performance.now();
  let correct = 0;
  for await (const result of scorer.scoreAll(pairs)) if (result.verdicts[0]!.correct) correct++;
  const seconds = (performance.now() - started) / 1000;
  await engine.close();
  return { seconds, correct };
}

// Spawn the real interpreter, not a version-manager shim in front of it (a shim adds ≈ 50 ms per start).
const python = execFileSync('python3', ['-c', 'import sys; print(sys.executable)'], {
  encoding: 'utf8',
}).trim();

/** One fresh interpreter per check, as the official harness does; resolves to whether the assert passed. */
function freshProcessCheck(program: string): Promise<boolean> {
  return new Promise((resolve) => {
    const child = spawn(python, ['-c', program], { stdio: 'ignore' });
    const timer = setTimeout(() => child.kill('SIGKILL'), 3000);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve(code === 0);
    });
  });
}

async function official(task: Task) {
  const programs = records.map(
    (record) => `${record.code}\nassert ${record.output} == ${answer(task, record)}`,
  );
  const started = performance.now();
  let next = 0;
  let correct = 0;
  async function lane() {
    while (next < programs.length) {
      const program = programs[next++]!;
      if (await freshProcessCheck(program)) correct++;
    }
  }
  await Promise.all(Array.from({ length: workers }, lane));
  return { seconds: (performance.now() - started) / 1000, correct };
}

const rows: Record<string, Record<string, string>> = {};
for (const task of ['output', 'input'] as const) {
  const engine = await ours(task);
  const fresh = await official(task);
  rows[task] = {
    [`semtrace (${values.backend}, ${workers} workers) s`]: engine.seconds.toFixed(2),
    [`fresh python3 per check (${workers} parallel) s`]: fresh.seconds.toFixed(2),
    'speed-up': `${(fresh.seconds / engine.seconds).toFixed(1)}×`,
    'correct (semtrace / fresh)': `${engine.correct} / ${fresh.correct} of ${records.length}`,
  };
}
console.log(`score benchmark: ${records.length} CRUXEval items, true answers`);
console.table(rows);
