/** `semtrace worker`: serve chunk jobs of `semtrace build --queue` builds until stopped (SIGTERM / Ctrl-C). */
import { type Command, Option } from 'commander';
import type { BackendName } from '../../engine/types.js';
import { startQueueWorker } from '../../queue/worker.js';
import { positiveInt } from '../option-parsers.js';

interface WorkerFlags {
  queue: string;
  backend: BackendName;
  workers?: number;
  concurrency: number;
  lockMs: number;
  stalledCheckMs: number;
  quiet?: boolean;
}

export function registerWorker(program: Command): void {
  program
    .command('worker')
    .description(
      'run chunk jobs of `semtrace build --queue` builds (start one or more on every machine; stop with SIGTERM)',
    )
    .requiredOption('--queue <redis-url>', 'the queue the builds use: redis://HOST:PORT/DB')
    .addOption(
      new Option('--backend <name>', 'engine backend this worker runs (it serves the builds made with it)')
        .choices(['pyodide', 'native'])
        .default('pyodide'),
    )
    .option('--workers <n>', 'engine worker processes (default: one per core)', positiveInt)
    .option('--concurrency <n>', 'chunk jobs run at once (parallelism comes from --workers)', positiveInt, 1)
    .addOption(
      new Option('--lock-ms <n>', 'a dead worker’s chunk is handed on after about this long')
        .argParser(positiveInt)
        .default(30_000),
    )
    .addOption(
      new Option('--stalled-check-ms <n>', 'how often to look for chunks of dead workers')
        .argParser(positiveInt)
        .default(15_000),
    )
    .option('--quiet', 'no log lines per chunk')
    .action(async (flags: WorkerFlags) => {
      const line = (text: string) => process.stderr.write(`${text}\n`);
      const worker = await startQueueWorker({
        queue: flags.queue,
        backend: flags.backend,
        ...(flags.workers ? { workers: flags.workers } : {}),
        concurrency: flags.concurrency,
        lockMs: flags.lockMs,
        stalledCheckMs: flags.stalledCheckMs,
        ...(flags.quiet ? {} : { log: line }),
        warn: line,
      });
      await new Promise<void>((resolve) => {
        const stop = (signal: string) => {
          line(`worker ${worker.name}: ${signal}: finishing the chunks in hand, then stopping`);
          process.once(signal, () => process.exit(1));
          worker.close().then(resolve, resolve);
        };
        process.once('SIGTERM', () => stop('SIGTERM'));
        process.once('SIGINT', () => stop('SIGINT'));
      });
    });
}
