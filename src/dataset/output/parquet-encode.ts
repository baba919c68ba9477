/**
 * Encodes a shard's rows as a Parquet file one row group at a time, so the writer holds at most one row
 * group of rows and hands the encoded bytes on as each group is done.
 */
import { ByteWriter, ParquetWriter, schemaFromColumnData } from 'hyparquet-writer';
import type { FormatName } from '../types.js';
import { type ColumnSpec, type ParquetRow, renderColumnName, SAMPLE_COLUMNS } from './parquet-columns.js';

/** Fixed so files do not change with the library's version; readers only display it. */
const CREATED_BY = 'semtrace';

/**
 * Rows per row group. The writer buffers this many rows (about 3.5 MB at a build's average sample
 * size) before encoding them; readers may read a shard group by group. A fixed number, so the same
 * samples always give the same file.
 */
export const PARQUET_ROW_GROUP_ROWS = 100;

export function shardColumns(formats: readonly FormatName[]): ColumnSpec[] {
  return [
    ...SAMPLE_COLUMNS,
    ...formats.map((format) => ({ name: renderColumnName(format), type: 'STRING' as const, nullable: true })),
  ];
}

/** One Parquet file being encoded: row groups in, encoded bytes out. */
export interface ParquetShardEncoder {
  /** Encodes `rows` as the next row group and returns the file's bytes that became ready. */
  writeRowGroup(rows: readonly ParquetRow[]): Uint8Array;
  /** Ends the file (page indexes, metadata, footer) and returns its remaining bytes. */
  finish(): Uint8Array;
}

export function createParquetShardEncoder(formats: readonly FormatName[]): ParquetShardEncoder {
  const columns = shardColumns(formats);
  const schema = schemaFromColumnData({
    columnData: columns.map(({ name, type, nullable }) => ({ name, type, nullable, data: [] })),
  });
  const output = new ByteWriter();
  const parquet = new ParquetWriter({ writer: output, schema, codec: 'SNAPPY', createdBy: CREATED_BY });

  /** The bytes written since the last call; the writer keeps counting file offsets across them. */
  function take(): Uint8Array {
    const bytes = output.getBytes().slice();
    output.index = 0;
    return bytes;
  }

  return {
    writeRowGroup(rows) {
      const columnData = columns.map(({ name }) => ({ name, data: rows.map((row) => row[name] ?? null) }));
      // A ByteWriter has no flush(), so the write is synchronous.
      void parquet.write({ columnData, rowGroupSize: rows.length });
      return take();
    },
    finish() {
      void parquet.finish();
      return take();
    },
  };
}
