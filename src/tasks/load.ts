/**
 * `loadTaskItems`: task items from a CRUXEval file, a semtrace dataset directory (or a JSONL of its
 * samples), or a JSONL of task items. Trace and state items get the real trace, computed in the engine
 * when the source has none; state items are one per question (`<id>#q<k>`).
 */
import { stat } from 'node:fs/promises';
import { readJsonLines } from '../common/jsonl.js';
import { openDataset } from '../dataset/read/open-dataset.js';
import { type Sample, SPLITS, type Split } from '../dataset/types.js';
import { createEngine, type Engine } from '../engine/engine.js';
import type { BackendName } from '../engine/types.js';
import { SemtraceError } from '../errors.js';
import { makeDebugItems } from './debug-questions.js';
import {
  type CruxevalRecord,
  fromCruxeval,
  fromSample,
  fromTaskItemLine,
  recordKind,
} from './from-records.js';
import { makeStateQuestions } from './state-questions.js';
import { TASKS, type TaskItem, type TaskName } from './types.js';
import { withTraces } from './with-traces.js';

export interface LoadTaskOptions {
  /** Dataset split (directories and sample files). Default for a dataset directory: `test`. */
  split?: string;
  /** Most items to yield. */
  limit?: number;
  /** Engine backend used to compute traces a source lacks (trace and state tasks). Default `pyodide`. */
  backend?: BackendName;
  /** Use this engine to compute traces (not closed here). */
  engine?: Engine;
  /** State and debug tasks: questions per execution and their seed. */
  questionsPerItem?: number;
  seed?: number;
}

export function assertTask(task: string): asserts task is TaskName {
  if (!(TASKS as readonly string[]).includes(task)) {
    throw new SemtraceError(
      'SEMTRACE_UNKNOWN_TASK',
      `unknown task '${task}'; choose one of ${TASKS.join(', ')}`,
    );
  }
}

function checkSplit(split: string | undefined): Split | undefined {
  if (split === undefined) return undefined;
  if (!(SPLITS as readonly string[]).includes(split)) {
    throw new SemtraceError(
      'SEMTRACE_BAD_OPTION',
      `unknown split '${split}'; use one of ${SPLITS.join(', ')}`,
    );
  }
  return split as Split;
}

export async function* loadTaskItems(
  task: TaskName,
  data: string,
  options: LoadTaskOptions = {},
): AsyncGenerator<TaskItem> {
  assertTask(task);
  const split = checkSplit(options.split);
  const limit = options.limit ?? Number.POSITIVE_INFINITY;
  if (limit <= 0) return;
  let base = await sourceItems(task, data, split);
  let ownEngine: Engine | undefined;
  if (task === 'trace' || task === 'state' || task === 'debug') {
    base = withTraces(base, async () => {
      if (options.engine) return options.engine;
      ownEngine = await createEngine({ backend: options.backend, workers: 1 });
      return ownEngine;
    });
  }
  let yielded = 0;
  try {
    for await (const item of base) {
      const expanded =
        task === 'state' ? stateItems(item, options) : task === 'debug' ? debugItems(item, options) : [item];
      for (const each of expanded) {
        yield each;
        if (++yielded >= limit) return;
      }
    }
  } finally {
    await ownEngine?.close();
  }
}

function debugItems(item: TaskItem, options: LoadTaskOptions): TaskItem[] {
  if (item.debug) return [item];
  return makeDebugItems(item, { seed: options.seed, max: options.questionsPerItem });
}

function stateItems(item: TaskItem, options: LoadTaskOptions): TaskItem[] {
  if (item.question) return [item];
  const questions = makeStateQuestions(item.code, item.trace ?? [], {
    seed: options.seed,
    max: options.questionsPerItem,
  });
  return questions.map((question, k) => ({ ...item, id: `${item.id}#q${k}`, question }));
}

async function sourceItems(
  task: TaskName,
  data: string,
  split: Split | undefined,
): Promise<AsyncIterable<TaskItem>> {
  let isDirectory: boolean;
  try {
    isDirectory = (await stat(data)).isDirectory();
  } catch {
    throw new SemtraceError(
      'SEMTRACE_FILE_NOT_FOUND',
      `cannot read '${data}': give a CRUXEval-style JSONL file, a task-item JSONL, or a directory built by \`semtrace build\``,
    );
  }
  return isDirectory ? datasetItems(task, data, split ?? 'test') : fileItems(task, data, split);
}

async function* datasetItems(task: TaskName, dir: string, split: Split): AsyncGenerator<TaskItem> {
  const dataset = await openDataset(dir);
  for await (const sample of dataset.samples(split)) {
    const item = fromSample(task, sample);
    if (item) yield item;
  }
}

async function* fileItems(task: TaskName, path: string, split: Split | undefined): AsyncGenerator<TaskItem> {
  let records = 0;
  for await (const { line, value } of readJsonLines(path, { hint: 'fix or remove the line' })) {
    const where = `${path}:${line}`;
    const kind = recordKind(value);
    records++;
    if (kind === 'cruxeval') yield fromCruxeval(task, value as CruxevalRecord, `sample_${records - 1}`);
    else if (kind === 'task-item') yield fromTaskItemLine(task, value as TaskItem, where);
    else if (kind === 'sample') {
      const sample = value as Sample;
      if (split && sample.split !== split) continue;
      const item = fromSample(task, sample);
      if (item) yield item;
    } else {
      throw new SemtraceError(
        'SEMTRACE_BAD_DATA',
        `${where}: not a task record; expected CRUXEval {code, input, output, id}, a dataset sample, or a task item`,
      );
    }
  }
}
