/**
 * Reads JSON-lines files one record at a time and keeps only the requested page, so a page of a large
 * dataset or evaluation costs one streaming pass and the memory of one page.
 */
import { readJsonLines } from '../../common/jsonl.js';
import type { Page } from '../api-types.js';

/** Every record of a JSONL file, in order; a line that is not JSON stops the read with an error naming it. */
export async function* jsonRecords(file: string): AsyncGenerator<unknown> {
  for await (const { value } of readJsonLines(file, { hint: 'the file may be truncated or edited' }))
    yield value;
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
