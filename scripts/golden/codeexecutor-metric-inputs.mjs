/**
 * Writes the inputs of the CodeExecutor metric agreement check (test/fixtures/golden/codeexecutor/
 * inputs.json): 30 gold traces, our `codeexecutor` renders of real runs (15 call-mode golden programs,
 * 15 demo-corpus scripts that print), and 15 prediction sets made from them by fixed perturbations (a
 * step dropped, swapped, duplicated, a value or line changed, cut mid-step, old end markers, …).
 * The released metric's answers on them are written by codeexecutor_metric.py.
 *
 *   npm run build && node scripts/golden/codeexecutor-metric-inputs.mjs
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createEngine, getRenderer } from '../../dist/index.js';

const root = join(import.meta.dirname, '../..');
const golden = join(root, 'test/fixtures/golden');
const SCRIPTS = [
  ['tutorial', 'fizzbuzz'],
  ['tutorial', 'bubble_sort'],
  ['tutorial', 'fibonacci_iterative'],
  ['tutorial', 'gcd_euclid'],
  ['tutorial', 'reverse_words'],
  ['tutorial', 'dedupe_with_set'],
  ['tutorial', 'palindromes'],
  ['tutorial', 'matrix_transpose'],
  ['tutorial', 'parse_numbers_safely'],
  ['tutorial', 'greeting_stdin'],
  ['tutorial', 'letter_grades_stdin'],
  ['tutorial', 'enumerate_zip'],
  ['contest', 'max_subarray'],
  ['tutorial', 'running_average'],
  ['contest', 'gcd_lcm_list'],
];

function stdinOf(level, name) {
  for (const file of [`${name}.in`, `${name}.1.in`]) {
    try {
      return readFileSync(join(root, 'corpus/demo', level, file), 'utf8');
    } catch {}
  }
  return '';
}

/** The trace cut into steps where metric.py cuts it: at every `<line>` and `<output>`. */
function steps(trace) {
  return trace
    .split(/(?=<line>|<output>)/)
    .map((step) => step.trim())
    .filter(Boolean);
}

const PERTURBATIONS = [
  ['identical', (s) => s],
  ['last step dropped', (s) => s.slice(0, -1)],
  ['first step dropped', (s) => s.slice(1)],
  ['steps 1 and 2 swapped', (s) => (s.length > 2 ? [s[0], s[2], s[1], ...s.slice(3)] : s)],
  [
    'a value changed',
    (s) => s.map((step, j) => (j === Math.floor(s.length / 2) ? step.replace(/ : (\S+)/, ' : X$1') : step)),
  ],
  [
    'a line number changed',
    (s) =>
      s.map((step, j) =>
        j === Math.floor(s.length / 2)
          ? step.replace(/<line> <(\d+)>/, (_, k) => `<line> <${Number(k) + 1}>`)
          : step,
      ),
  ],
  ['ends with a <return> marker', (s) => [...s.slice(0, -1), `${s[s.length - 1]} <return> 0`]],
  [
    'cut mid-step',
    (s) => {
      const text = s.join(' ');
      return [text.slice(0, Math.floor(text.length * 0.8))];
    },
  ],
  [
    'last </state> missing',
    (s) => {
      const text = s.join(' ');
      return [text.endsWith('</state>') ? text.slice(0, -8).trim() : text];
    },
  ],
  [
    'state entries reversed',
    (s) =>
      s.map((step) =>
        step.replace(
          /<state> (.*) <\/state>/,
          (_, body) => `<state> ${body.split(' <dictsep> ').reverse().join(' <dictsep> ')} </state>`,
        ),
      ),
  ],
  ['extra whitespace', (s) => s.map((step) => step.replaceAll(' ', '  '))],
  ['empty', () => []],
  [
    'middle step duplicated',
    (s) => {
      const j = Math.floor(s.length / 2);
      return [...s.slice(0, j + 1), ...s.slice(j)];
    },
  ],
  [
    'first output or variable changed',
    (s) => {
      const j = s.findIndex((step) => step.startsWith('<output>'));
      return j >= 0
        ? s.map((step, k) => (k === j ? '<output> wrong' : step))
        : s.map((step) => step.replace(/<state> (\w+) :/, '<state> $1_ :'));
    },
  ],
  ["another item's trace", (_, i, all) => steps(all[(i + 1) % all.length])],
];

const programs = readFileSync(join(golden, 'programs.jsonl'), 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((l) => JSON.parse(l));
const runs = programs
  .filter((_, i) => i % 3 === 0)
  .slice(0, 15)
  .map((p) => ({ id: p.id, code: p.code, mode: 'call', call: p.call }));
for (const [level, name] of SCRIPTS) {
  const code = readFileSync(join(root, 'corpus/demo', level, `${name}.py`), 'utf8');
  runs.push({ id: `demo/${level}/${name}`, code, mode: 'script', stdin: stdinOf(level, name) });
}
const engine = await createEngine({ backend: 'native', workers: 1 });
const items = [];
for (const run of runs) {
  const result = await engine.run({ code: run.code, mode: run.mode, call: run.call, stdin: run.stdin });
  const input = run.mode === 'call' ? { call: run.call } : { stdin: run.stdin };
  const gold = getRenderer('codeexecutor').render({ code: run.code, mode: run.mode, input, result });
  items.push({ ...run, python: result.python, status: result.status, stdout: result.stdout, gold });
}
await engine.close();
const golds = items.map((item) => item.gold);
const sets = PERTURBATIONS.map(([name, perturb]) => ({
  name,
  predictions: golds.map((gold, i) => perturb(steps(gold), i, golds).join(' ')),
}));
writeFileSync(join(golden, 'codeexecutor/inputs.json'), `${JSON.stringify({ items, sets }, null, 1)}\n`);
console.log(items.length, 'gold traces,', sets.length, 'prediction sets');
