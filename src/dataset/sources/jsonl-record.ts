/**
 * One JSONL record → a SourceProgram, or the reason it cannot be one. Pure. Which fields decide the mode:
 *   `call` / `calls`                 → call mode, the expressions as given
 *   `input` and `output` (CRUXEval)  → call mode with `f(<input>)`; the code must define `f`
 *   `stdin` / `stdins` / `input`     → script mode
 *   none of these                    → script mode with empty stdin
 * A record with both call and stdin fields is used in call mode and reported.
 */
import { cruxevalCall, definesF, hasCruxevalFields } from '../../common/cruxeval-record.js';
import type { SampleInput, SourceProblem } from '../types.js';
import { isLevel } from './level.js';
import type { SourceProgram } from './source-program.js';

export interface RecordPlace {
  /** File name without `.jsonl` / `.jsonl.gz`; first part of the source id. */
  fileStem: string;
  /** Path as the user gave it. */
  path: string;
  line: number;
}

export interface RecordOutcome {
  program: SourceProgram | null;
  /** Why it was skipped, or a caveat about a program that is still used. */
  problems: SourceProblem[];
}

export function recordToProgram(record: unknown, place: RecordPlace): RecordOutcome {
  const problem = (reason: SourceProblem['reason'], message: string): SourceProblem => ({
    path: place.path,
    line: place.line,
    reason,
    message: `${place.path}:${place.line}: ${message}`,
  });
  const fail = (reason: SourceProblem['reason'], message: string): RecordOutcome => ({
    program: null,
    problems: [problem(reason, message)],
  });

  if (typeof record !== 'object' || record === null || Array.isArray(record)) {
    return fail('bad_record', 'expected a JSON object with a "code" field');
  }
  const fields = record as Record<string, unknown>;
  if (typeof fields.code !== 'string')
    return fail('bad_record', 'the "code" field is missing or not a string');
  if (fields.code.trim() === '') return fail('empty', 'the "code" field is empty; nothing to run');

  const id = fields.id;
  if (id !== undefined && typeof id !== 'string' && !Number.isInteger(id)) {
    return fail('bad_record', 'the "id" field must be a string or an integer');
  }
  if (fields.level !== undefined && !isLevel(fields.level)) {
    return fail(
      'bad_record',
      `the "level" field must be one of single-line, tutorial, contest (got ${JSON.stringify(fields.level)})`,
    );
  }

  const calls = stringList(fields, 'call', 'calls');
  const crux = hasCruxevalFields(fields);
  const stdins = stringList(fields, 'stdin', 'stdins', crux ? undefined : 'input');
  for (const list of [calls, stdins]) if (typeof list === 'string') return fail('bad_record', list);
  const callList = calls as string[];
  const stdinList = stdins as string[];

  const problems: SourceProblem[] = [];
  let mode: SourceProgram['mode'] = 'script';
  let inputs: SampleInput[] = [{ stdin: '' }];
  if (callList.length > 0) {
    if (stdinList.length > 0 || crux) {
      problems.push(problem('bad_record', 'has both call and stdin/input fields; using the calls'));
    }
    mode = 'call';
    inputs = callList.map((call) => ({ call }));
  } else if (crux) {
    if (!definesF(fields.code)) {
      return fail(
        'bad_record',
        'has "input" and "output" like a CRUXEval task, but the code defines no function f',
      );
    }
    mode = 'call';
    inputs = [{ call: cruxevalCall(fields.input as string) }];
  } else if (stdinList.length > 0) {
    inputs = stdinList.map((stdin) => ({ stdin }));
  }

  const program: SourceProgram = {
    sourceId: `${place.fileStem}:${id ?? place.line}`,
    code: fields.code,
    mode,
    inputs,
    origin: { path: place.path, line: place.line },
  };
  if (fields.level !== undefined) program.level = fields.level as SourceProgram['level'];
  return { program, problems };
}

/**
 * The strings of a single field and a list field together (`stdin` then `stdins`), or a message saying
 * which field has the wrong type. An empty list counts as a wrong type: a program needs an input.
 */
function stringList(
  fields: Record<string, unknown>,
  single: string,
  plural: string,
  alias?: string,
): string[] | string {
  const out: string[] = [];
  for (const name of alias ? [single, alias] : [single]) {
    const value = fields[name];
    if (value === undefined) continue;
    if (typeof value !== 'string') return `the "${name}" field must be a string`;
    out.push(value);
  }
  const list = fields[plural];
  if (list !== undefined) {
    if (!Array.isArray(list) || list.length === 0 || !list.every((item) => typeof item === 'string')) {
      return `the "${plural}" field must be a non-empty list of strings`;
    }
    out.push(...list);
  }
  if (single === 'call' && out.some((call) => call.trim() === '')) return 'a call expression is empty';
  return out;
}
