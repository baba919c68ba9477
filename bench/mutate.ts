/**
 * Program-mutation benchmark: all first-order mutants of every CRUXEval program, enumerated, validated
 * and written as JSONL, timed on one core; compared in the same run with a baseline that re-parses each
 * mutant from scratch instead of incrementally.
 *
 *   npm run bench:mutate [-- path/to/programs.jsonl] [--out mutants.jsonl]
 *
 * Input lines are JSON objects with a `code` field. Without --out the JSONL goes to /dev/null.
 */
import { closeSync, openSync, readFileSync, writeSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { validFirstOrderEdits } from '../src/mutate/program/first-order.js';
import { mutateProgram, OPERATORS } from '../src/mutate/program/index.js';
import { getPythonParser, parseOrThrow } from '../src/mutate/program/parser.js';
import { SourcePositions } from '../src/mutate/program/positions.js';

const RUNS = 3;

function parseArgs(argv: string[]): { input: string; output: string } {
  let input = fileURLToPath(new URL('../test/fixtures/cruxeval/cruxeval.jsonl', import.meta.url));
  let output = '/dev/null';
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--out') output = argv[++i] ?? output;
    else input = argv[i] ?? input;
  }
  return { input, output };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

/** Runs `work` once to warm up, then RUNS times; returns the median wall time in ms and the last result. */
async function timed<T>(work: () => Promise<T> | T): Promise<{ ms: number; result: T }> {
  let result = await work();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    result = await work();
    times.push(performance.now() - started);
  }
  return { ms: median(times), result };
}

const { input, output } = parseArgs(process.argv.slice(2));
const programs = readFileSync(input, 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => (JSON.parse(line) as { code: string }).code);

const initStarted = performance.now();
const parser = await getPythonParser();
const initMs = performance.now() - initStarted;

const parse = await timed(() => {
  for (const program of programs) parser.parse(program)?.delete();
});

/** The public path end to end: mutateProgram for every program, every mutant written as a JSONL line. */
const endToEnd = await timed(async () => {
  const sink = openSync(output, 'w');
  const perOperator = new Map<string, number>();
  let total = 0;
  for (const program of programs) {
    const mutants = await mutateProgram(program);
    let chunk = '';
    for (const mutant of mutants) {
      chunk += `${JSON.stringify(mutant)}\n`;
      perOperator.set(mutant.operator, (perOperator.get(mutant.operator) ?? 0) + 1);
    }
    writeSync(sink, chunk);
    total += mutants.length;
  }
  closeSync(sink);
  return { total, perOperator };
});

/** Enumeration and validation only, incremental re-parse vs. parse from scratch, same code otherwise. */
function enumerateAll(fromScratch: boolean): number {
  let count = 0;
  for (const program of programs) {
    const tree = parseOrThrow(parser, program);
    count += validFirstOrderEdits(parser, tree, new SourcePositions(program), OPERATORS, {
      fromScratch,
    }).length;
    tree.delete();
  }
  return count;
}
const incremental = await timed(() => enumerateAll(false));
const scratch = await timed(() => enumerateAll(true));

const { total, perOperator } = endToEnd.result;
const fmt = (ms: number) => `${ms.toFixed(1)} ms`;
const lines = [
  `programs: ${programs.length} (${input})`,
  `first-order mutants: ${total}`,
  ...OPERATORS.map(({ name }) => `  ${name.padEnd(5)} ${perOperator.get(name) ?? 0}`),
  `parser init (once): ${fmt(initMs)}`,
  `parse all programs: ${fmt(parse.ms)}`,
  `end to end, JSONL to ${output}: ${fmt(endToEnd.ms)} (${Math.round(total / (endToEnd.ms / 1000))} mutants/s)`,
  `enumerate + validate, incremental re-parse: ${fmt(incremental.ms)} (${incremental.result} mutants)`,
  `enumerate + validate, re-parse from scratch: ${fmt(scratch.ms)} (${scratch.result} mutants)`,
  `from scratch / incremental: ${(scratch.ms / incremental.ms).toFixed(2)}x`,
  `(median of ${RUNS} runs after one warm-up; one process, one thread)`,
];
process.stdout.write(`${lines.join('\n')}\n`);
