/** Turning a kept run into the sample record (pure). */
import { createHash } from 'node:crypto';
import type { RunResult } from '../../engine/types.js';
import type { Mutant, MutantEdit } from '../../mutate/program/types.js';
import type { FormatName, Level, Sample, Split } from '../types.js';
import type { WorkItem } from './plan.js';

export function sampleId(
  item: Pick<WorkItem, 'code' | 'mode' | 'input'>,
  backend: string,
  python: string,
): string {
  return createHash('sha256')
    .update(
      JSON.stringify([
        backend,
        python,
        item.code,
        item.mode,
        item.input.call ?? null,
        item.input.stdin ?? null,
      ]),
    )
    .digest('hex')
    .slice(0, 16);
}

export interface SampleContext {
  split: Split;
  level: Level;
  equivalentBehaviour: boolean;
  renders: Partial<Record<FormatName, string>>;
}

/** What makeSample reads of a work item: a WorkItem is one, and a test can build one without a plan. */
export type SampleItem = Pick<
  WorkItem,
  'sourceId' | 'code' | 'mode' | 'input' | 'inputOrigin' | 'originalCode'
> & {
  mutant:
    | (Pick<Mutant, 'id' | 'line' | 'column' | 'original' | 'replacement'> & {
        edits: readonly Pick<MutantEdit, 'operator'>[];
      })
    | null;
};

/** Key order here is the record's key order in JSONL. */
export function makeSample(item: SampleItem, result: RunResult, context: SampleContext): Sample {
  const mutant = item.mutant;
  return {
    id: sampleId(item, result.backend, result.python),
    sourceId: item.sourceId,
    split: context.split,
    level: context.level,
    code: item.code,
    mode: item.mode,
    input: item.input.call !== undefined ? { call: item.input.call } : { stdin: item.input.stdin ?? '' },
    inputOrigin: item.inputOrigin,
    mutation: mutant
      ? {
          id: mutant.id,
          operators: mutant.edits.map((edit) => edit.operator),
          line: mutant.line,
          column: mutant.column,
          original: mutant.original,
          replacement: mutant.replacement,
          originalCode: item.originalCode,
          equivalentBehaviour: context.equivalentBehaviour,
        }
      : null,
    python: result.python,
    backend: result.backend,
    status: result.status,
    output: {
      stdout: result.stdout,
      returnRepr: result.returnRepr,
      returnType: result.returnType,
      exception: result.exception
        ? { type: result.exception.type, message: result.exception.message, line: result.exception.line }
        : null,
    },
    trace: result.steps,
    traceLength: result.steps.length,
    renders: context.renders,
  };
}

/** Two samples with the same key have the same trace (used by `--dedupe-trace`). */
export function traceKey(result: RunResult): string {
  return createHash('sha256')
    .update(JSON.stringify([result.steps, result.stdout, result.returnRepr]))
    .digest('hex')
    .slice(0, 32);
}
