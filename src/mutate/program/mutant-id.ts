import { createHash, type Hash } from 'node:crypto';
import type { MutantEdit } from './types.js';

/**
 * Mutant ids: the first 16 hex digits of sha256 over the JSON text
 * `[source, [start, end, replacement], ...]` (edits in ascending offset order, UTF-8 byte offsets).
 * The hash of the program prefix is computed once per program and copied for each mutant.
 */
export class MutantIds {
  private readonly prefix: Hash;

  constructor(source: string) {
    this.prefix = createHash('sha256').update(`[${JSON.stringify(source)}`);
  }

  idOf(edits: readonly Pick<MutantEdit, 'start' | 'end' | 'replacement'>[]): string {
    const hash = this.prefix.copy();
    for (const edit of edits) hash.update(`,${JSON.stringify([edit.start, edit.end, edit.replacement])}`);
    return hash.update(']').digest('hex').slice(0, 16);
  }
}
