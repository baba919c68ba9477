/** `semtrace view [PATH]`: serve the local viewer for a program, a result, a dataset or an evaluation run. */
import { spawn } from 'node:child_process';
import { type Command, InvalidArgumentError, Option } from 'commander';
import type { BackendName } from '../../engine/types.js';
import { startViewer } from '../../viewer/server/start-viewer.js';

interface ViewFlags {
  port: number;
  open: boolean;
  backend: BackendName;
  call?: string;
  stdin?: string;
  source?: string;
}

function port(value: string): number {
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 0 || parsed > 65535)
    throw new InvalidArgumentError('expected a port number from 0 to 65535 (0: any free port)');
  return parsed;
}

/** Best effort: a missing opener (a server without a desktop) is not an error, the URL is printed anyway. */
function openBrowser(url: string): void {
  const command =
    process.platform === 'darwin' ? 'open' : process.platform === 'win32' ? 'explorer' : 'xdg-open';
  try {
    const child = spawn(command, [url], { stdio: 'ignore', detached: true });
    child.on('error', () => {});
    child.unref();
  } catch {
    // nothing to do: the URL is on the terminal
  }
}

export function registerView(program: Command): void {
  program
    .command('view')
    .description('open the web viewer: trace stepper, dataset browser, evaluation report, playground')
    .argument(
      '[path]',
      'a program (.py), a result JSON (semtrace run --json), a dataset or evaluation directory; none for the playground',
    )
    .option('--port <n>', 'port on 127.0.0.1 (0: any free port)', port, 0)
    .option('--no-open', 'do not open a browser, only print the URL')
    .addOption(
      new Option('--backend <name>', 'engine for programs the server runs')
        .choices(['pyodide', 'native'])
        .default('pyodide'),
    )
    .option('--call <expr>', 'a .py program: run it in call mode with this call, e.g. "f([1, 2])"')
    .option('--stdin <file>', 'a .py program: feed this file as standard input')
    .option('--source <file.py>', 'a result JSON: the program it came from, to show its source')
    .action(async (path: string | undefined, flags: ViewFlags) => {
      const viewer = await startViewer({
        path,
        port: flags.port,
        backend: flags.backend,
        call: flags.call,
        stdin: flags.stdin,
        source: flags.source,
      });
      process.stdout.write(`semtrace viewer: ${viewer.url}  (Ctrl+C to stop)\n`);
      if (flags.open) openBrowser(viewer.url);
      const stop = () => {
        void viewer.close().finally(() => process.exit(0));
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
}
