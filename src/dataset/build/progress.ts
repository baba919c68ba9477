/**
 * Build progress: a bar with rate and ETA on a terminal, plain periodic log lines otherwise (CI logs,
 * files), nothing when quiet. The library reports through this interface; the CLI picks the kind.
 */
import { SingleBar } from 'cli-progress';

export interface ProgressReporter {
  start(total: number, done: number): void;
  update(done: number, kept: number): void;
  stop(): void;
}

export const silentProgress: ProgressReporter = { start() {}, update() {}, stop() {} };

export function terminalProgress(stream: NodeJS.WriteStream = process.stderr): ProgressReporter {
  const bar = new SingleBar({
    stream,
    format:
      'building |{bar}| {percentage}% {value}/{total} runs | {kept} kept | {rate}/s | ETA {eta_formatted}',
    hideCursor: true,
    etaBuffer: 200,
    fps: 5,
  });
  const started = performance.now();
  let startDone = 0;
  return {
    start(total, done) {
      startDone = done;
      bar.start(total, done, { kept: 0, rate: '0' });
    },
    update(done, kept) {
      const seconds = (performance.now() - started) / 1000;
      bar.update(done, { kept, rate: seconds > 0 ? ((done - startDone) / seconds).toFixed(0) : '0' });
    },
    stop() {
      bar.stop();
    },
  };
}

export function logProgress(log: (line: string) => void, everyMs = 5_000): ProgressReporter {
  let total = 0;
  let startDone = 0;
  let lastLog = 0;
  const started = performance.now();
  const line = (done: number, kept: number) => {
    const seconds = (performance.now() - started) / 1000;
    const rate = seconds > 0 ? (done - startDone) / seconds : 0;
    const eta = rate > 0 ? Math.round((total - done) / rate) : null;
    const percent = total > 0 ? Math.floor((done / total) * 100) : 100;
    log(
      `building: ${done}/${total} runs (${percent}%), ${kept} kept, ${rate.toFixed(0)}/s, ETA ${eta === null ? '?' : `${eta}s`}`,
    );
  };
  let last = { done: 0, kept: 0 };
  return {
    start(t, done) {
      total = t;
      startDone = done;
      last = { done, kept: 0 };
      lastLog = performance.now();
      if (done > 0) log(`building: resuming with ${done}/${total} runs already done`);
    },
    update(done, kept) {
      last = { done, kept };
      if (performance.now() - lastLog >= everyMs) {
        lastLog = performance.now();
        line(done, kept);
      }
    },
    stop() {
      line(last.done, last.kept);
    },
  };
}
