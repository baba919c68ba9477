/** `semtrace serve`: the sandboxed execution and reward service over HTTP (docs/serve.md). */
import { type Command, Option } from 'commander';
import { createEngine } from '../../engine/engine.js';
import type { BackendName } from '../../engine/types.js';
import { startServer } from '../../serve/start.js';
import { loadTokens } from '../../serve/tokens.js';
import { positiveInt } from '../option-parsers.js';

interface ServeFlags {
  port: number;
  host: string;
  workers?: number;
  backend: BackendName;
  python?: string;
  tokens?: string;
  maxQueue?: number;
  perTokenConcurrency?: number;
  maxBodyBytes?: number;
}

function port(value: string): number {
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 0 || parsed > 65535)
    throw new Error('expected a port from 0 to 65535');
  return parsed;
}

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description(
      'serve sandboxed runs and execution-checked rewards over HTTP (/v1/run, /v1/run/batch, /v1/check)',
    )
    .option('--port <port>', 'port to listen on (0: any free port)', port, 8000)
    .option('--host <host>', 'address to listen on (anything but loopback needs --tokens)', '127.0.0.1')
    .option('--workers <n>', 'engine worker processes (default: one per core)', positiveInt)
    .addOption(
      new Option('--backend <name>', 'engine backend').choices(['pyodide', 'native']).default('pyodide'),
    )
    .option('--python <path>', 'native backend: the Python to run')
    .option('--tokens <file>', 'bearer tokens, one per line ("name token"); without it: loopback only')
    .option('--max-queue <runs>', 'engine runs admitted at once before answering 429', positiveInt)
    .option('--per-token-concurrency <n>', 'requests one token may have open at once', positiveInt)
    .option('--max-body-bytes <n>', 'largest request body', positiveInt)
    .action(async (flags: ServeFlags) => {
      const tokens = flags.tokens ? loadTokens(flags.tokens) : undefined;
      const engine = await createEngine({
        backend: flags.backend,
        workers: flags.workers,
        python: flags.python,
      });
      await engine.warmUp();
      const limits = {
        ...(flags.maxQueue ? { maxQueuedRuns: flags.maxQueue } : {}),
        ...(flags.perTokenConcurrency ? { perTokenConcurrency: flags.perTokenConcurrency } : {}),
        ...(flags.maxBodyBytes ? { maxBodyBytes: flags.maxBodyBytes } : {}),
      };
      let server: Awaited<ReturnType<typeof startServer>>;
      try {
        server = await startServer({ engine, tokens, host: flags.host, port: flags.port, limits });
      } catch (error) {
        await engine.close();
        throw error;
      }
      const { info } = engine;
      console.log(
        `semtrace serve listening on ${server.url} (${info.backend}, ${info.isolation}, Python ${info.python}, ${info.workers} workers)`,
      );
      console.log(
        tokens
          ? `bearer tokens: ${tokens.size} from ${flags.tokens}`
          : 'no --tokens: listening on loopback only, every local process may call it',
      );
      let stopping = false;
      const stop = async (signal: string) => {
        if (stopping) return;
        stopping = true;
        console.log(`${signal}: no new requests; finishing the ones in flight`);
        await server.drain();
        await engine.close();
        console.log('drained; exiting');
        process.exit(0);
      };
      process.once('SIGTERM', () => void stop('SIGTERM'));
      process.once('SIGINT', () => void stop('SIGINT'));
    });
}
