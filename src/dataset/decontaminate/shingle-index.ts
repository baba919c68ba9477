/**
 * An inverted index from shingle hash to the benchmark programs that contain it. Scoring a candidate
 * touches only the programs that share at least one shingle with it, so a check costs about the
 * candidate's length times the few programs per shingle, not the size of the benchmark.
 */

export interface BestMatch {
  /** Index of the benchmark program with the highest containment, lowest index on ties; -1 for none. */
  program: number;
  /** |candidate ∩ program| / |candidate| over distinct shingles; 0 when nothing is shared. */
  containment: number;
}

export class ShingleIndex {
  private readonly postings = new Map<number, number[]>();
  private programs = 0;
  // Scratch counters reused by every query; only the entries a query touched are reset.
  private shared = new Int32Array(0);

  /** Adds one benchmark program and returns its index. */
  add(shingles: ReadonlySet<number>): number {
    const program = this.programs;
    this.programs += 1;
    for (const shingle of shingles) {
      const list = this.postings.get(shingle);
      if (list) list.push(program);
      else this.postings.set(shingle, [program]);
    }
    return program;
  }

  get size(): number {
    return this.programs;
  }

  best(candidate: ReadonlySet<number>): BestMatch {
    if (candidate.size === 0) return { program: -1, containment: 0 };
    if (this.shared.length < this.programs) this.shared = new Int32Array(this.programs);
    const counts = this.shared;
    const touched: number[] = [];
    for (const shingle of candidate) {
      const list = this.postings.get(shingle);
      if (!list) continue;
      for (const program of list) {
        if (counts[program] === 0) touched.push(program);
        counts[program]! += 1;
      }
    }
    let program = -1;
    let most = 0;
    for (const index of touched) {
      const count = counts[index]!;
      if (count > most || (count === most && index < program)) {
        most = count;
        program = index;
      }
      counts[index] = 0;
    }
    return { program, containment: most / candidate.size };
  }
}
