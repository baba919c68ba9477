/**
 * Turns source records into task items: a CRUXEval record, a semtrace dataset Sample, or a TaskItem
 * line as written by a previous run. Pure; traces that must be computed are added later (with-traces).
 */
import { type CruxevalRecord, cruxevalCall, hasCruxevalFields } from '../common/cruxeval-record.js';
import type { Sample } from '../dataset/types.js';
import { SemtraceError } from '../errors.js';
import type { TaskItem, TaskName } from './types.js';

export type { CruxevalRecord };

export type RecordKind = 'cruxeval' | 'sample' | 'task-item';

/** Which kind of record a JSON line is, or null when it is none of them. */
export function recordKind(value: unknown): RecordKind | null {
  if (typeof value !== 'object' || value === null) return null;
  const record = value as Record<string, unknown>;
  if (typeof record.code !== 'string') return null;
  if (Array.isArray(record.trace) && typeof record.sourceId === 'string' && typeof record.output === 'object')
    return 'sample';
  if (typeof record.task === 'string' && typeof record.mode === 'string' && typeof record.output === 'string')
    return 'task-item';
  if (hasCruxevalFields(record) && typeof record.output === 'string') return 'cruxeval';
  return null;
}

export function fromCruxeval(task: TaskName, record: CruxevalRecord, fallbackId: string): TaskItem {
  return {
    id: typeof record.id === 'string' ? record.id : fallbackId,
    task,
    code: record.code,
    mode: 'call',
    input: { call: cruxevalCall(record.input) },
    output: record.output,
    meta: {},
  };
}

/**
 * A dataset sample as an item, or null when the task cannot use it: output and input prediction need
 * a run that finished (`ok`) and, in call mode, a return value.
 */
export function fromSample(task: TaskName, sample: Sample): TaskItem | null {
  const output = sample.mode === 'call' ? sample.output.returnRepr : sample.output.stdout;
  if ((task === 'output' || task === 'input') && (sample.status !== 'ok' || output === null)) return null;
  const item: TaskItem = {
    id: sample.id,
    task,
    code: sample.code,
    mode: sample.mode,
    input: sample.input,
    output: output ?? '',
    trace: sample.trace,
    status: sample.status,
    exception: sample.output.exception,
    meta: {
      level: sample.level,
      traceLength: sample.traceLength,
      sourceId: sample.sourceId,
      split: sample.split,
    },
  };
  const operator = sample.mutation?.operators[0];
  if (operator) item.meta.operator = operator;
  return item;
}

export function fromTaskItemLine(task: TaskName, value: TaskItem, where: string): TaskItem {
  if (value.task !== task) {
    throw new SemtraceError(
      'SEMTRACE_BAD_DATA',
      `${where}: this item is for the '${value.task}' task, not '${task}'; score it with --task ${value.task}`,
    );
  }
  if (typeof value.id !== 'string' || (value.mode !== 'call' && value.mode !== 'script')) {
    throw new SemtraceError(
      'SEMTRACE_BAD_DATA',
      `${where}: a task item needs a string id and mode 'call' or 'script'`,
    );
  }
  return { ...value, meta: value.meta ?? {} };
}
