/**
 * Backpressure: a bounded count of engine runs admitted and not finished, and of open requests per
 * token. A request that does not fit is refused at once (429 with Retry-After), never parked: the
 * service answers every request, and what it admitted it finishes.
 */

export interface Ticket {
  release(): void;
}

export type Admitted = { ticket: Ticket } | { refused: 'queue_full' | 'token_busy'; retryAfterS: number };

export class Admission {
  private queuedRuns = 0;
  private readonly openByCaller = new Map<string, number>();
  /** Finished runs per second, smoothed; seeds the Retry-After estimate. */
  private rate = 0;
  private lastFinish = performance.now();

  constructor(
    private readonly maxQueuedRuns: number,
    private readonly perCallerConcurrency: number,
  ) {}

  get depth(): number {
    return this.queuedRuns;
  }

  admit(caller: string, runs: number): Admitted {
    const open = this.openByCaller.get(caller) ?? 0;
    if (open >= this.perCallerConcurrency) return { refused: 'token_busy', retryAfterS: 1 };
    if (this.queuedRuns + runs > this.maxQueuedRuns)
      return { refused: 'queue_full', retryAfterS: this.retryAfter(runs) };
    this.queuedRuns += runs;
    this.openByCaller.set(caller, open + 1);
    let released = false;
    return {
      ticket: {
        release: () => {
          if (released) return;
          released = true;
          this.queuedRuns -= runs;
          const left = (this.openByCaller.get(caller) ?? 1) - 1;
          if (left === 0) this.openByCaller.delete(caller);
          else this.openByCaller.set(caller, left);
        },
      },
    };
  }

  /** Called as each run finishes, to estimate how soon room frees up. */
  runFinished(): void {
    const now = performance.now();
    const gap = Math.max(now - this.lastFinish, 0.1) / 1000;
    this.lastFinish = now;
    this.rate = this.rate === 0 ? 1 / gap : 0.95 * this.rate + 0.05 * (1 / gap);
  }

  private retryAfter(runs: number): number {
    const excess = this.queuedRuns + runs - this.maxQueuedRuns;
    if (this.rate <= 0) return 1;
    return Math.min(60, Math.max(1, Math.ceil(excess / this.rate)));
  }
}
