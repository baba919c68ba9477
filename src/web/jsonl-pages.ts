/**
 * Reads JSON-lines files one record at a time and keeps only the requested page, so a page of a large
 * dataset or evaluation costs one streaming pass and the memory of one page.
 */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';
import { SemtraceError } from '../errors.js';
import type { Page } from './api-types.js';

/** Every record of the files, in order (`.gz` files are decompressed on the fly). */
export async function* readJsonLines(files: readonly string[]): AsyncGenerator<unknown> {
  for (const file of files) {
    const raw = createReadStream(file);
    const stream = file.endsWith('.gz') ? raw.pipe(createGunzip()) : raw;
    const lines = createInterface({ input: stream, crlfDelay: Number.POSITIVE_INFINITY });
    let number = 0;
    try {
      for await (const line of lines) {
        number++;
        if (line.trim() === '') continue;
        try {
          yield JSON.parse(line);
        } catch (error) {
          throw new SemtraceError(
            'SEMTRACE_BAD_DATA',
            `${file}:${number} is not valid JSON (${(error as Error).message}); the file may be truncated or edited`,
          );
        }
      }
    } finally {
      lines.close();
      raw.destroy();
    }
  }
}

/** The page [offset, offset + limit) of the records that pass `keep`, mapped by `view`, and their total. */
export async function pageOf<R, V>(
  records: AsyncIterable<unknown>,
  keep: (record: R) => boolean,
  view: (record: R) => V,
  offset: number,
  limit: number,
): Promise<Page<V>> {
  const items: V[] = [];
  let total = 0;
  for await (const record of records) {
    if (!keep(record as R)) continue;
    if (total >= offset && items.length < limit) items.push(view(record as R));
    total++;
  }
  return { total, offset, items };
}

/** The first record that passes `match`, or undefined. */
export async function findRecord<R>(
  records: AsyncIterable<unknown>,
  match: (record: R) => boolean,
): Promise<R | undefined> {
  for await (const record of records) {
    if (match(record as R)) return record as R;
  }
  return undefined;
}
