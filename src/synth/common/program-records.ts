/**
 * Programs with calls and tests, as `annotate` and `debugdata` read them: `semtrace synth` output, or any
 * JSONL whose records have `code` and either `calls` / `call`, CRUXEval's `input` + `output`, or `tests`
 * (assert lines). Records that have none of these are reported and skipped.
 */

import { readJsonLines } from '../../common/jsonl.js';
import { SemtraceError } from '../../errors.js';

export interface ProgramRecord {
  id: string;
  code: string;
  /** Problem description ('' when the source has none). */
  nl: string;
  entryPoint: string;
  /** Call expressions, e.g. `gcd(48, 18)`. */
  calls: string[];
  /** Assert statements that pass on the program. */
  tests: string[];
}

function strings(value: unknown): string[] | null {
  return Array.isArray(value) && value.every((v) => typeof v === 'string') ? (value as string[]) : null;
}

const CALLED = /^\s*([A-Za-z_]\w*)\s*\(/;
const ASSERTED_CALL = /^\s*assert\s+(.+?)\s*==/;

export function toProgramRecord(record: unknown, fallbackId: string): ProgramRecord | string {
  if (typeof record !== 'object' || record === null) return 'not a JSON object';
  const fields = record as Record<string, unknown>;
  if (typeof fields.code !== 'string' || fields.code.trim() === '') return 'no "code" field';
  const id = typeof fields.id === 'string' || typeof fields.id === 'number' ? String(fields.id) : fallbackId;
  let calls = strings(fields.calls) ?? (typeof fields.call === 'string' ? [fields.call] : null);
  let tests = strings(fields.tests);
  const outputs = strings(fields.outputs);
  if (!calls && typeof fields.input === 'string' && typeof fields.output === 'string') {
    calls = [`f(${fields.input})`];
    tests ??= [`assert f(${fields.input}) == ${fields.output}`];
  }
  if (!calls && tests) {
    calls = tests.map((test) => ASSERTED_CALL.exec(test)?.[1]).filter((c): c is string => c !== undefined);
  }
  if (!calls || calls.length === 0) return 'no calls: give "calls", "call", "input"/"output" or "tests"';
  if (!tests && outputs && outputs.length === calls.length) {
    tests = calls.map((call, i) => `assert ${call} == ${outputs[i]}`);
  }
  const entryPoint =
    typeof fields.entryPoint === 'string' ? fields.entryPoint : (CALLED.exec(calls[0]!)?.[1] ?? 'f');
  return {
    id,
    code: fields.code,
    nl: typeof fields.nl === 'string' ? fields.nl : '',
    entryPoint,
    calls,
    tests: tests ?? [],
  };
}

export async function readProgramRecords(
  path: string,
  log: (message: string) => void,
): Promise<ProgramRecord[]> {
  const records: ProgramRecord[] = [];
  const ids = new Set<string>();
  const report = (problem: { message: string }) => log(problem.message);
  for await (const { line, value } of readJsonLines(path, { label: `programs ${path}`, onProblem: report })) {
    const program = toProgramRecord(value, `line${line}`);
    if (typeof program === 'string') {
      log(`${path}:${line}: skipped: ${program}`);
      continue;
    }
    if (ids.has(program.id)) {
      log(`${path}:${line}: skipped: the id ${program.id} was already used`);
      continue;
    }
    ids.add(program.id);
    records.push(program);
  }
  if (records.length === 0) {
    throw new SemtraceError(
      'SEMTRACE_BAD_DATA',
      `no usable programs in ${path}; see docs/annotate.md for the fields`,
    );
  }
  return records;
}
