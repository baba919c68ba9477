/**
 * A resumable JSONL journal: one line per finished unit of work, appended with a single write, keyed by
 * `key`. A rerun reads the complete lines back and skips their keys, so a killed run (even kill -9) loses
 * at most the line being written and never writes a unit twice.
 */
import { closeSync, existsSync, fsyncSync, openSync, readFileSync, writeSync } from 'node:fs';
import { writeFileAtomicSync } from '../../common/atomic-file.js';

export interface JournalEntry {
  key: string;
}

export interface LoadedJournal<T extends JournalEntry> {
  /** Entries by key, in file order (a repeated key keeps the last line). */
  done: Map<string, T>;
  /** Lines cut short by a kill or otherwise unreadable; they are dropped and their work redone. */
  dropped: number;
}

/** Read a journal; a damaged tail is removed (atomically) so appending continues from a clean end. */
export function loadJournal<T extends JournalEntry>(path: string): LoadedJournal<T> {
  const state: LoadedJournal<T> = { done: new Map(), dropped: 0 };
  if (!existsSync(path)) return state;
  const lines = readFileSync(path, 'utf8').split('\n');
  // Text after the last newline is a line that was being written when the run was killed.
  if ((lines.pop() ?? '').trim() !== '') state.dropped += 1;
  for (const line of lines) {
    if (line.trim() === '') continue;
    try {
      const entry = JSON.parse(line) as T;
      if (typeof entry?.key !== 'string') throw new Error('no key');
      state.done.delete(entry.key);
      state.done.set(entry.key, entry);
    } catch {
      state.dropped += 1;
    }
  }
  if (state.dropped > 0) {
    writeFileAtomicSync(path, [...state.done.values()].map((entry) => `${JSON.stringify(entry)}\n`).join(''));
  }
  return state;
}

export class JournalWriter<T extends JournalEntry> {
  private fd: number | null;

  constructor(readonly path: string) {
    this.fd = openSync(path, 'a');
  }

  append(entry: T): void {
    if (this.fd === null) throw new Error('journal is closed');
    writeSync(this.fd, `${JSON.stringify(entry)}\n`);
  }

  close(): void {
    if (this.fd === null) return;
    fsyncSync(this.fd);
    closeSync(this.fd);
    this.fd = null;
  }
}

/** Write JSONL atomically: readers see the old file or the whole new one. */
export function writeJsonlAtomic(path: string, rows: readonly unknown[]): void {
  writeFileAtomicSync(path, rows.map((row) => `${JSON.stringify(row)}\n`).join(''));
}
