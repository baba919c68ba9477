/**
 * npm run bench:formats — renders the traces of all 800 CRUXEval programs (call mode, native engine) in
 * every format, and times each renderer against `json` (a single pass writing every event) in the same
 * run. Prints seconds per format for all 800 traces and the ratio to `json`.
 *
 * Usage: npm run bench:formats [-- --data path/to/cruxeval.jsonl] [--rounds 5]
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createEngine } from '../src/engine/engine.js';
import { RENDERERS } from '../src/formats/index.js';
import type { RenderInput } from '../src/formats/types.js';

const { values } = parseArgs({
  options: {
    data: {
      type: 'string',
      default: fileURLToPath(new URL('../test/fixtures/cruxeval/cruxeval.jsonl', import.meta.url)),
    },
    rounds: { type: 'string', default: '5' },
  },
});

const records: { code: string; input: string }[] = readFileSync(values.data!, 'utf8')
  .split('\n')
  .filter((line) => line.trim())
  .map((line) => JSON.parse(line));

const engine = await createEngine({ backend: 'native', workers: 2 });
const inputs: RenderInput[] = [];
const requests = records.map((record) => ({
  code: record.code,
  mode: 'call' as const,
  call: `f(${record.input})`,
}));
for await (const { index, result } of engine.runMany(requests)) {
  inputs[index] = {
    code: records[index]!.code,
    mode: 'call',
    input: { call: requests[index]!.call },
    result,
  };
}
await engine.close();
const events = inputs.reduce((sum, input) => sum + input.result.steps.length, 0);

const rounds = Number(values.rounds);
const seconds = new Map<string, number>();
for (let round = 0; round < rounds; round++) {
  for (const renderer of RENDERERS) {
    const started = performance.now();
    for (const input of inputs) renderer.render(input);
    const elapsed = (performance.now() - started) / 1000;
    seconds.set(renderer.name, Math.min(seconds.get(renderer.name) ?? Number.POSITIVE_INFINITY, elapsed));
  }
}
const baseline = seconds.get('json')!;
console.log(`${inputs.length} traces, ${events} events; best of ${rounds} rounds`);
for (const [name, time] of seconds) {
  console.log(`${name.padEnd(22)} ${time.toFixed(3)} s  ${(time / baseline).toFixed(2)}× json`);
}
