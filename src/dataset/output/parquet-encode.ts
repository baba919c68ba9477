/** Encodes one shard of rows as a Parquet file (in memory: the writer holds at most one shard). */
import { parquetWriteBuffer } from 'hyparquet-writer';
import type { FormatName } from '../types.js';
import { type ColumnSpec, type ParquetRow, renderColumnName, SAMPLE_COLUMNS } from './parquet-columns.js';

/** Fixed so files do not change with the library's version; readers only display it. */
const CREATED_BY = 'semtrace';

export function shardColumns(formats: readonly FormatName[]): ColumnSpec[] {
  return [
    ...SAMPLE_COLUMNS,
    ...formats.map((format) => ({ name: renderColumnName(format), type: 'STRING' as const, nullable: true })),
  ];
}

export function encodeParquetShard(rows: readonly ParquetRow[], formats: readonly FormatName[]): Uint8Array {
  const columnData = shardColumns(formats).map(({ name, type, nullable }) => ({
    name,
    type,
    nullable,
    data: rows.map((row) => row[name] ?? null),
  }));
  const buffer = parquetWriteBuffer({ columnData, createdBy: CREATED_BY, codec: 'SNAPPY' });
  return new Uint8Array(buffer);
}
