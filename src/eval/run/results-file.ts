/**
 * results.jsonl: one ItemResult per line, appended as items finish, so a killed run loses at most the
 * line being written. On start the complete lines are read back and those items are not asked again.
 */
import { closeSync, existsSync, fsyncSync, openSync, readFileSync, writeSync } from 'node:fs';
import { writeFileAtomicSync } from '../../common/atomic-file.js';
import type { ItemResult } from '../types.js';

export interface ResumeState {
  /** Results kept from an earlier run, by item id (the last line wins when an id repeats). */
  done: Map<string, ItemResult>;
  /** Lines dropped: a line cut short by a kill, or an item whose model request had failed. */
  dropped: { partial: number; errors: number };
}

function isItemResult(value: unknown): value is ItemResult {
  const result = value as ItemResult;
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof result.id === 'string' &&
    Array.isArray(result.responses) &&
    Array.isArray(result.verdicts)
  );
}

/**
 * Read what an earlier run finished. Items whose request failed (`error`) are dropped so the new run
 * asks again; when anything is dropped the file is rewritten (atomically) with only the kept lines, so
 * appending continues from a clean end.
 */
export function loadResumeState(path: string): ResumeState {
  const state: ResumeState = { done: new Map(), dropped: { partial: 0, errors: 0 } };
  if (!existsSync(path)) return state;
  const text = readFileSync(path, 'utf8');
  const lines = text.split('\n');
  // The text after the last newline is a line still being written when the run was killed.
  const unterminated = lines.pop() ?? '';
  if (unterminated.trim() !== '') state.dropped.partial += 1;
  for (const line of lines) {
    if (line.trim() === '') continue;
    let parsed: unknown;
    try {
      parsed = JSON.parse(line);
    } catch {
      state.dropped.partial += 1;
      continue;
    }
    if (!isItemResult(parsed)) {
      state.dropped.partial += 1;
      continue;
    }
    if (parsed.error !== undefined) {
      state.dropped.errors += 1;
      state.done.delete(parsed.id);
      continue;
    }
    state.done.set(parsed.id, parsed);
  }
  if (state.dropped.partial + state.dropped.errors > 0) {
    const kept = [...state.done.values()].map((result) => `${JSON.stringify(result)}\n`).join('');
    writeFileAtomicSync(path, kept);
  }
  return state;
}

/** Appends one line per result with a single write each: a reader never sees two results interleaved. */
export class ResultsWriter {
  private fd: number | null;

  constructor(readonly path: string) {
    this.fd = openSync(path, 'a');
  }

  append(result: ItemResult): void {
    if (this.fd === null) throw new Error('results file is closed');
    writeSync(this.fd, `${JSON.stringify(result)}\n`);
  }

  close(): void {
    if (this.fd === null) return;
    fsyncSync(this.fd);
    closeSync(this.fd);
    this.fd = null;
  }
}
