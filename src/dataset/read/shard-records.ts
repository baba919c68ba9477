/**
 * Streams the records of one shard file. JSONL (plain or gzip) is read line by line, so memory stays at
 * one line; Parquet is columnar and is read one file at a time (a shard is bounded by the shard size).
 */
import { readFile } from 'node:fs/promises';
import { parquetReadObjects } from 'hyparquet';
import { readTextLines, type TextLine } from '../../common/jsonl.js';
import { SemtraceError } from '../../errors.js';
import { rowToSample } from '../output/parquet-columns.js';
import type { Sample, ShardInfo } from '../types.js';

/** Parses one JSONL line, naming the file and line when it is not JSON. */
export function parseSampleLine(path: string, { line, text }: TextLine): Sample {
  try {
    return JSON.parse(text) as Sample;
  } catch (error) {
    throw new SemtraceError(
      'SEMTRACE_SHARD_MISMATCH',
      `${path}:${line}: not valid JSON (${(error as Error).message}); run \`semtrace stats\` on the dataset to check every shard`,
    );
  }
}

/** Every row of a Parquet shard written by the dataset writer, converted back to Samples. */
export async function readParquetShard(path: string): Promise<Sample[]> {
  let rows: Record<string, unknown>[];
  try {
    const data = await readFile(path);
    const file = data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength);
    rows = await parquetReadObjects({ file, utf8: true });
  } catch (error) {
    if (error instanceof SemtraceError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new SemtraceError(
      code === 'ENOENT' ? 'SEMTRACE_FILE_NOT_FOUND' : 'SEMTRACE_SHARD_MISMATCH',
      code === 'ENOENT'
        ? `Parquet shard '${path}' does not exist`
        : `cannot read Parquet shard '${path}': ${(error as Error).message}`,
      { cause: error },
    );
  }
  return rows.map(rowToSample);
}

/** Samples of one shard in file order, whatever its format. */
export async function* shardSamples(path: string, format: ShardInfo['format']): AsyncGenerator<Sample> {
  if (format === 'parquet') {
    yield* await readParquetShard(path);
    return;
  }
  for await (const line of readTextLines(path, { gzip: format === 'jsonl.gz' }))
    yield parseSampleLine(path, line);
}
