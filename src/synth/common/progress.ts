/**
 * Progress of a pipeline command, for people: done/total, rate, ETA and the command's own counters.
 * A live line on a terminal; a plain line every few seconds in a log file.
 */
export interface PipelineProgress {
  done: number;
  total: number;
  /** Units finished by an earlier run (not counted in the rate). */
  resumed: number;
  counters: Record<string, number>;
}

export interface ProgressSink {
  update(progress: PipelineProgress): void;
  note(message: string): void;
  stop(): void;
}

export function progressLine(
  label: string,
  progress: PipelineProgress,
  startedMs: number,
  nowMs: number,
): string {
  const seconds = (nowMs - startedMs) / 1000;
  const rate = seconds > 0 ? (progress.done - progress.resumed) / seconds : 0;
  const remaining = progress.total - progress.done;
  const eta = rate > 0 ? `${Math.round(remaining / rate)} s` : '?';
  const counters = Object.entries(progress.counters)
    .map(([name, value]) => `${name} ${value}`)
    .join(' | ');
  return `${label}: ${progress.done}/${progress.total} | ${rate.toFixed(2)}/s | ETA ${eta}${counters ? ` | ${counters}` : ''}`;
}

export function createProgressSink(
  label: string,
  stream: NodeJS.WriteStream = process.stderr,
  intervalMs = 5_000,
): ProgressSink {
  const startedMs = Date.now();
  let last: PipelineProgress | undefined;
  let lastMs = 0;
  const tty = stream.isTTY === true;
  return {
    update(progress) {
      last = progress;
      if (tty) stream.write(`\r${progressLine(label, progress, startedMs, Date.now())}\u001b[K`);
      else if (Date.now() - lastMs >= intervalMs) {
        lastMs = Date.now();
        stream.write(`${progressLine(label, progress, startedMs, Date.now())}\n`);
      }
    },
    note(message) {
      stream.write(`${tty ? '\r\u001b[K' : ''}${message}\n`);
    },
    stop() {
      if (!last) return;
      stream.write(`${tty ? '\r' : ''}${progressLine(label, last, startedMs, Date.now())}\n`);
    },
  };
}

/** A two-column table (stage, count) as plain text, for the summary printed at the end. */
export function summaryTable(title: string, rows: [string, string | number][]): string {
  const width = Math.max(...rows.map(([name]) => name.length), 8);
  return [title, ...rows.map(([name, value]) => `  ${name.padEnd(width)}  ${value}`)].join('\n');
}
