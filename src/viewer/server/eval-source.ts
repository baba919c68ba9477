/** An evaluation run directory as the viewer reads it: summary.json, and results.jsonl page by page. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SemtraceError } from '../../errors.js';
import type { ItemResult } from '../../eval/types.js';
import type { ItemFilter, ItemSummary, Page } from '../api-types.js';
import { itemVerdict, matchesItem, summarizeItem } from './filters.js';
import { findRecord, jsonRecords, pageOf } from './jsonl-pages.js';

export class EvalSource {
  private readonly results: string;

  constructor(private readonly dir: string) {
    this.results = join(dir, 'results.jsonl');
  }

  /** summary.json as written by `semtrace eval` (the report view reads what it finds there). */
  summary(): unknown {
    const path = join(this.dir, 'summary.json');
    try {
      return JSON.parse(readFileSync(path, 'utf8'));
    } catch (error) {
      throw new SemtraceError(
        'SEMTRACE_BAD_DATA',
        `${path} cannot be read as JSON (${(error as Error).message}); re-run the evaluation`,
      );
    }
  }

  page(filter: ItemFilter, offset: number, limit: number): Promise<Page<ItemSummary>> {
    return pageOf<ItemResult, ItemSummary>(
      jsonRecords(this.results),
      (item) => matchesItem(item, filter),
      summarizeItem,
      offset,
      limit,
    );
  }

  /** Verdict names and how many items have each, for the filter menu. */
  async verdictCounts(): Promise<Record<string, number>> {
    const counts: Record<string, number> = {};
    for await (const record of jsonRecords(this.results)) {
      const { verdict } = itemVerdict(record as ItemResult);
      counts[verdict] = (counts[verdict] ?? 0) + 1;
    }
    return counts;
  }

  async item(id: string): Promise<ItemResult> {
    const found = await findRecord<ItemResult>(jsonRecords(this.results), (item) => item.id === id);
    if (!found) throw new SemtraceError('SEMTRACE_BAD_REQUEST', `no item with id ${id} in results.jsonl`);
    return found;
  }
}
