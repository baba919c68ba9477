/**
 * The flat Parquet layout of a Sample, shared by the writer and the reader so the two cannot drift.
 * Scalars are plain columns with snake_case names; nested values (mutation, exception, trace) are JSON
 * strings, because Hugging Face `datasets` and pandas handle strings everywhere while nested Parquet
 * types with changing keys (trace locals) do not map to one fixed schema. Each rendered format gets a
 * `render_<name>` column (dashes become underscores), null where the format did not apply.
 */
import { SemtraceError } from '../../errors.js';
import type { FormatName, Sample, SampleInput } from '../types.js';

export type ColumnType = 'STRING' | 'INT32';

export interface ColumnSpec {
  name: string;
  type: ColumnType;
  nullable: boolean;
}

/** Fixed columns, in file order. */
export const SAMPLE_COLUMNS: readonly ColumnSpec[] = [
  { name: 'id', type: 'STRING', nullable: false },
  { name: 'source_id', type: 'STRING', nullable: false },
  { name: 'split', type: 'STRING', nullable: false },
  { name: 'level', type: 'STRING', nullable: false },
  { name: 'code', type: 'STRING', nullable: false },
  { name: 'mode', type: 'STRING', nullable: false },
  { name: 'input_stdin', type: 'STRING', nullable: true },
  { name: 'input_call', type: 'STRING', nullable: true },
  { name: 'input_origin', type: 'STRING', nullable: false },
  { name: 'mutation', type: 'STRING', nullable: true },
  { name: 'python', type: 'STRING', nullable: false },
  { name: 'backend', type: 'STRING', nullable: false },
  { name: 'status', type: 'STRING', nullable: false },
  { name: 'stdout', type: 'STRING', nullable: false },
  { name: 'return_repr', type: 'STRING', nullable: true },
  { name: 'return_type', type: 'STRING', nullable: true },
  { name: 'exception', type: 'STRING', nullable: true },
  { name: 'trace', type: 'STRING', nullable: false },
  { name: 'trace_length', type: 'INT32', nullable: false },
];

const RENDER_PREFIX = 'render_';

export function renderColumnName(format: FormatName): string {
  return `${RENDER_PREFIX}${format.replaceAll('-', '_')}`;
}

/** Format names never contain underscores, so the column name maps back unambiguously. */
export function formatFromColumnName(column: string): FormatName | undefined {
  if (!column.startsWith(RENDER_PREFIX)) return undefined;
  return column.slice(RENDER_PREFIX.length).replaceAll('_', '-') as FormatName;
}

export type ParquetRow = Record<string, string | number | null>;

/** One row of the Parquet file for `sample`, with a render column for each of `formats`. */
export function sampleToRow(sample: Sample, formats: readonly FormatName[]): ParquetRow {
  for (const format of Object.keys(sample.renders) as FormatName[]) {
    if (!formats.includes(format))
      throw new SemtraceError(
        'SEMTRACE_BAD_DATA',
        `sample ${sample.id} has a '${format}' render, but the writer was opened for formats [${formats.join(', ')}]; pass every rendered format in the write options`,
      );
  }
  const row: ParquetRow = {
    id: sample.id,
    source_id: sample.sourceId,
    split: sample.split,
    level: sample.level,
    code: sample.code,
    mode: sample.mode,
    input_stdin: sample.input.stdin ?? null,
    input_call: sample.input.call ?? null,
    input_origin: sample.inputOrigin,
    mutation: sample.mutation === null ? null : JSON.stringify(sample.mutation),
    python: sample.python,
    backend: sample.backend,
    status: sample.status,
    stdout: sample.output.stdout,
    return_repr: sample.output.returnRepr,
    return_type: sample.output.returnType,
    exception: sample.output.exception === null ? null : JSON.stringify(sample.output.exception),
    trace: JSON.stringify(sample.trace),
    trace_length: sample.traceLength,
  };
  for (const format of formats) row[renderColumnName(format)] = sample.renders[format] ?? null;
  return row;
}

function text(row: Record<string, unknown>, column: string): string {
  const value = row[column];
  if (typeof value !== 'string')
    throw new SemtraceError(
      'SEMTRACE_BAD_DATA',
      `Parquet column '${column}' holds ${typeof value}, expected text`,
    );
  return value;
}

function optionalText(row: Record<string, unknown>, column: string): string | null {
  const value = row[column];
  return value === null || value === undefined ? null : text(row, column);
}

function wholeNumber(row: Record<string, unknown>, column: string): number {
  const value = row[column];
  if (typeof value !== 'number' || !Number.isInteger(value))
    throw new SemtraceError(
      'SEMTRACE_BAD_DATA',
      `Parquet column '${column}' holds ${String(value)}, expected a whole number`,
    );
  return value;
}

function json<T>(row: Record<string, unknown>, column: string): T | null {
  const value = optionalText(row, column);
  return value === null ? null : (JSON.parse(value) as T);
}

/** The Sample a Parquet row holds (the inverse of `sampleToRow`). */
export function rowToSample(row: Record<string, unknown>): Sample {
  const input: SampleInput = {};
  const stdin = optionalText(row, 'input_stdin');
  const call = optionalText(row, 'input_call');
  if (stdin !== null) input.stdin = stdin;
  if (call !== null) input.call = call;
  const renders: Sample['renders'] = {};
  for (const column of Object.keys(row)) {
    const format = formatFromColumnName(column);
    const value = format ? optionalText(row, column) : null;
    if (format && value !== null) renders[format] = value;
  }
  return {
    id: text(row, 'id'),
    sourceId: text(row, 'source_id'),
    split: text(row, 'split') as Sample['split'],
    level: text(row, 'level') as Sample['level'],
    code: text(row, 'code'),
    mode: text(row, 'mode') as Sample['mode'],
    input,
    inputOrigin: text(row, 'input_origin') as Sample['inputOrigin'],
    mutation: json<Sample['mutation']>(row, 'mutation'),
    python: text(row, 'python'),
    backend: text(row, 'backend') as Sample['backend'],
    status: text(row, 'status') as Sample['status'],
    output: {
      stdout: text(row, 'stdout'),
      returnRepr: optionalText(row, 'return_repr'),
      returnType: optionalText(row, 'return_type'),
      exception: json<Sample['output']['exception']>(row, 'exception'),
    },
    trace: json<Sample['trace']>(row, 'trace') ?? [],
    traceLength: wholeNumber(row, 'trace_length'),
    renders,
  };
}
