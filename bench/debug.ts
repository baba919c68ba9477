/**
 * npm run bench:debug — the debugger's cost where a build pays it: rendering `debugger` samples for
 * 800 CRUXEval traces and for one 100,000-event trace, against the `cwm` renderer on the same traces
 * in the same run (a renderer that visits every event once). Prints times and the ratio.
 *
 * Usage: npm run bench:debug [-- --backend native|pyodide]
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createEngine } from '../src/engine/engine.js';
import type { BackendName } from '../src/engine/types.js';
import { renderCwm } from '../src/formats/cwm.js';
import { renderDebugger } from '../src/formats/debugger.js';
import type { RenderInput } from '../src/formats/types.js';

const { values } = parseArgs({ options: { backend: { type: 'string', default: 'native' } } });
const records: { code: string; input: string }[] = readFileSync(
  fileURLToPath(new URL('../test/fixtures/cruxeval/cruxeval.jsonl', import.meta.url)),
  'utf8',
)
  .split('\n')
  .filter((line) => line.trim())
  .map((line) => JSON.parse(line));

const engine = await createEngine({ backend: values.backend as BackendName, workers: 2 });
const inputs: RenderInput[] = [];
for await (const { index, result } of engine.runMany(
  records.map((record) => ({ code: record.code, mode: 'call' as const, call: `f(${record.input})` })),
)) {
  const record = records[index]!;
  inputs[index] = { code: record.code, mode: 'call', input: { call: `f(${record.input})` }, result };
}
const deep =
  'def down(n):\n    return 0 if n == 0 else 1 + down(n - 1)\nfor _ in range(200):\n    down(400)\n';
const long = await engine.run({ code: deep, limits: { maxSteps: 100_000, timeoutMs: 60_000 } });
await engine.close();
const longInput: RenderInput = { code: deep, mode: 'script', input: {}, result: long };

function time(
  render: (input: RenderInput) => string | null,
  all: readonly RenderInput[],
  rounds: number,
): number {
  const started = performance.now();
  for (let round = 0; round < rounds; round++) for (const input of all) render(input);
  return (performance.now() - started) / rounds;
}

for (const [label, all, rounds] of [
  ['800 CRUXEval traces', inputs, 5],
  [`one ${long.steps.length}-event trace`, [longInput], 3],
] as const) {
  const baseline = time(renderCwm, all, rounds);
  const ours = time((input) => renderDebugger(input), all, rounds);
  console.log(
    `${label}: debugger ${ours.toFixed(1)} ms, cwm ${baseline.toFixed(1)} ms, ratio ${(ours / baseline).toFixed(2)}`,
  );
}
