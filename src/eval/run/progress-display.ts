/**
 * Progress for people: a live bar (cli-progress) on a terminal, plain log lines every few seconds when
 * the output goes to a file or a CI log (a bar there would write thousands of carriage returns).
 */
import cliProgress from 'cli-progress';
import type { EvalProgress } from './run-state.js';

export interface ProgressDisplay {
  update(progress: EvalProgress): void;
  /** Print a note without breaking the bar. */
  note(message: string): void;
  stop(): void;
}

function rate(progress: EvalProgress, startedMs: number): number {
  const seconds = (Date.now() - startedMs) / 1000;
  return seconds > 0 ? (progress.done - progress.resumed) / seconds : 0;
}

function counters(progress: EvalProgress): string {
  return `correct ${progress.correct} | errors ${progress.errors} | requests ${progress.requests} | cache hits ${progress.cacheHits} | retries ${progress.retries}`;
}

export function createProgressDisplay(
  stream: NodeJS.WriteStream = process.stderr,
  intervalMs = 10_000,
): ProgressDisplay {
  const startedMs = Date.now();
  if (stream.isTTY) {
    const bar = new cliProgress.SingleBar(
      {
        stream,
        format: 'eval |{bar}| {value}/{total} items | {rate}/s | ETA {eta_formatted} | {counters}',
        hideCursor: true,
        etaBuffer: 50,
      },
      cliProgress.Presets.shades_classic,
    );
    let started = false;
    return {
      update(progress) {
        const payload = { rate: rate(progress, startedMs).toFixed(2), counters: counters(progress) };
        if (!started) {
          bar.start(progress.total, progress.done, payload);
          started = true;
        } else bar.update(progress.done, payload);
      },
      note(message) {
        if (started) bar.stop();
        stream.write(`${message}\n`);
        if (started) started = false;
      },
      stop() {
        if (started) bar.stop();
      },
    };
  }
  let lastMs = 0;
  let last: EvalProgress | undefined;
  const line = (progress: EvalProgress) => {
    const remaining = progress.total - progress.done;
    const perSecond = rate(progress, startedMs);
    const eta = perSecond > 0 ? `${Math.round(remaining / perSecond)} s` : '?';
    stream.write(
      `eval: ${progress.done}/${progress.total} items | ${perSecond.toFixed(2)}/s | ETA ${eta} | ${counters(progress)}\n`,
    );
  };
  return {
    update(progress) {
      last = progress;
      if (Date.now() - lastMs >= intervalMs) {
        lastMs = Date.now();
        line(progress);
      }
    },
    note(message) {
      stream.write(`${message}\n`);
    },
    stop() {
      if (last) line(last);
    },
  };
}
