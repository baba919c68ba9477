import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import {
  containsExpr,
  mutateInput,
  parseArgs,
  parseValue,
  printValue,
} from '../../../src/mutate/input/index.js';
import { loadCruxeval } from '../../support/cruxeval.js';

const hasPython = spawnSync('python3', ['--version']).status === 0;

// One Python process checks every line: is the printed text a valid literal, does it evaluate to the
// same value as the original, and is it exactly Python's repr of that value?
const CHECKER = `
import ast, json, sys
NAMES = {'__builtins__': {}, 'dict': dict, 'set': set, 'list': list, 'tuple': tuple, 'float': float, 'complex': complex}
def value_of(text):
    try:
        return ast.literal_eval(text), True
    except Exception:
        return eval(text, dict(NAMES)), False
def original_of(job):
    if job.get('call') is None:
        return eval(job['original'], dict(NAMES))
    call = ast.parse('f(' + job['call'] + ')', mode='eval').body
    node = (call.args + [keyword.value for keyword in call.keywords])[job['index']]
    return eval(compile(ast.Expression(node), '<arg>', 'eval'), dict(NAMES))
for line in sys.stdin:
    job = json.loads(line)
    printed, original = job['printed'], job.get('original')
    result = {'literal': False, 'same': False, 'repr': False}
    try:
        value, result['literal'] = value_of(printed)
        if original is not None or job.get('call') is not None:
            expected = original_of(job)
            result['same'] = type(expected) is type(value) and repr(expected) == repr(value) or expected == value
            result['repr'] = repr(expected) == printed
        else:
            result['same'] = True
            result['repr'] = repr(value) == printed
    except Exception as error:
        result['error'] = repr(error)
    print(json.dumps(result))
`;

interface Job {
  readonly label: string;
  readonly printed: string;
  /** A Python expression for the expected value, or the call text and argument index to take it from. */
  readonly original?: string;
  readonly call?: string;
  readonly index?: number;
}
interface Verdict {
  readonly literal: boolean;
  readonly same: boolean;
  readonly repr: boolean;
  readonly error?: string;
}

function runChecker(jobs: readonly Job[]): Verdict[] {
  const stdin = jobs.map((job) => JSON.stringify(job)).join('\n');
  const run = spawnSync('python3', ['-c', CHECKER], {
    input: `${stdin}\n`,
    encoding: 'utf8',
    maxBuffer: 1 << 26,
  });
  if (run.status !== 0) throw new Error(run.stderr);
  return run.stdout
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as Verdict);
}

/** Each literal argument of a mutant on its own, checked against Python's repr of its own value. */
function mutantJobs(label: string, input: string): Job[] {
  return parseArgs(input)
    .filter((arg) => !containsExpr(arg.value))
    .map((arg) => ({ label, printed: printValue(arg.value) }));
}

describe.skipIf(!hasPython)('printed values against Python (python3)', () => {
  const items = loadCruxeval();

  it('prints every CRUXEval input and output as a valid literal equal to the value; reprs match', () => {
    const jobs: Job[] = [];
    for (const item of items) {
      const args = parseArgs(item.input);
      args.forEach((arg, index) => {
        if (containsExpr(arg.value)) return;
        // Python picks the argument out of the original call text itself, so the value is Python's own.
        jobs.push({
          label: `${item.id} input ${index}`,
          printed: printValue(arg.value),
          call: item.input,
          index,
        });
      });
      jobs.push({
        label: `${item.id} output`,
        printed: printValue(parseValue(item.output)),
        original: item.output,
      });
    }
    const verdicts = runChecker(jobs);
    const differing = jobs.filter((_, i) => !verdicts[i]?.repr).map((job) => `${job.label}: ${job.printed}`);
    const share = (jobs.length - differing.length) / jobs.length;
    console.log(
      `repr-equal: ${jobs.length - differing.length}/${jobs.length} (${(share * 100).toFixed(2)}%)`,
    );
    if (differing.length > 0) console.log(differing.slice(0, 20).join('\n'));
    expect(verdicts.filter((v) => !v.literal || !v.same)).toEqual([]);
    expect(share).toBeGreaterThanOrEqual(0.99);
  });

  it('prints the mutants of every input as valid Python values in repr form', () => {
    const jobs = items.flatMap((item) =>
      mutateInput(item.input, { n: 5, seed: 1 }).flatMap((m) => mutantJobs(item.id, m)),
    );
    const verdicts = runChecker(jobs);
    // Infinities print as float('inf'), which Python evaluates but ast.literal_eval does not accept.
    const notLiteral = jobs.filter((_, i) => !verdicts[i]?.literal);
    expect(verdicts.filter((v) => v.error !== undefined)).toEqual([]);
    expect(notLiteral.every((job) => job.printed.includes("float('"))).toBe(true);
    const reprShare = verdicts.filter((v) => v.repr).length / verdicts.length;
    console.log(`mutant arguments: ${jobs.length}, repr-equal ${(reprShare * 100).toFixed(2)}%`);
    console.log(
      jobs
        .filter((_, i) => !verdicts[i]?.repr)
        .map((job) => `${job.label}: ${job.printed}`)
        .slice(0, 10)
        .join('\n'),
    );
    expect(reprShare).toBeGreaterThanOrEqual(0.99);
  });
});
