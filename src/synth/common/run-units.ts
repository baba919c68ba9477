/**
 * The loop every pipeline command shares: skip units an earlier run journaled, work on the rest with a
 * concurrency limit, journal each as it finishes, stop at the first run-wide failure (a bad key, an
 * unknown model). A unit whose model request failed returns null: it is not journaled, so the next run
 * asks again (and the response cache makes sure nothing answered is asked twice).
 */
import pLimit from 'p-limit';
import { type JournalEntry, JournalWriter, loadJournal } from './journal.js';
import type { PipelineProgress } from './progress.js';

export interface UnitLoop<U, E extends JournalEntry> {
  units: readonly U[];
  keyOf(unit: U): string;
  journal: string;
  concurrency: number;
  work(unit: U): Promise<E | null>;
  /** Counters shown in the progress line, from the entries so far. */
  counters?(entries: readonly E[]): Record<string, number>;
  onProgress?(progress: PipelineProgress): void;
  log?(message: string): void;
}

export interface UnitLoopResult<E> {
  /** Entries in unit order (units without an entry are left out). */
  entries: E[];
  resumed: number;
  /** Units whose request failed in this run (asked again next time). */
  failed: number;
}

export async function runUnits<U, E extends JournalEntry>(loop: UnitLoop<U, E>): Promise<UnitLoopResult<E>> {
  const loaded = loadJournal<E>(loop.journal);
  if (loaded.dropped) loop.log?.(`dropped ${loaded.dropped} incomplete line(s) from ${loop.journal}`);
  const wanted = new Set(loop.units.map(loop.keyOf));
  const done = new Map<string, E>();
  for (const [key, entry] of loaded.done) if (wanted.has(key)) done.set(key, entry);
  const resumed = done.size;
  if (resumed) loop.log?.(`resuming: ${resumed} of ${loop.units.length} already done`);
  let failed = 0;
  const report = () =>
    loop.onProgress?.({
      done: done.size + failed,
      total: loop.units.length,
      resumed,
      counters: { ...(loop.counters?.([...done.values()]) ?? {}), ...(failed ? { failed } : {}) },
    });
  report();
  const writer = new JournalWriter<E>(loop.journal);
  const limit = pLimit(loop.concurrency);
  let fatal: unknown;
  try {
    await Promise.all(
      loop.units
        .filter((unit) => !done.has(loop.keyOf(unit)))
        .map((unit) =>
          limit(async () => {
            if (fatal !== undefined) return;
            try {
              const entry = await loop.work(unit);
              if (entry === null) failed += 1;
              else {
                writer.append(entry);
                done.set(entry.key, entry);
              }
              report();
            } catch (error) {
              fatal ??= error;
            }
          }),
        ),
    );
  } finally {
    writer.close();
  }
  if (fatal !== undefined) throw fatal;
  const entries = loop.units.map((unit) => done.get(loop.keyOf(unit))).filter((e): e is E => e !== undefined);
  return { entries, resumed, failed };
}
