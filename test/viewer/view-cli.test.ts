/** `semtrace view` from the command line: it prints its URL, serves the program, stops on SIGTERM. */
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../support/paths.js';
import { ensureAppBuild } from './support/browser.js';

function cli(args: string[]) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'view', ...args], {
    cwd: repoRoot,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => (stdout += chunk));
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const done = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  const url = new Promise<string>((resolve, reject) => {
    child.stdout.on('data', () => {
      const match = stdout.match(/http:\/\/127\.0\.0\.1:\d+\//);
      if (match) resolve(match[0]);
    });
    child.on('close', () => reject(new Error(`exited before printing a URL: ${stderr}`)));
  });
  url.catch(() => {}); // awaited only by the tests that expect a URL

  return { child, url, done, output: () => ({ stdout, stderr }) };
}

beforeAll(() => ensureAppBuild());

describe('semtrace view', () => {
  it('serves a program on the URL it prints and stops on SIGTERM', async () => {
    const run = cli(['examples/collatz.py', '--no-open', '--backend', 'native']);
    const url = await run.url;
    const session = await (await fetch(`${url}api/session`)).json();
    expect(session).toEqual({ kind: 'program', title: 'collatz.py' });
    const program = await (await fetch(`${url}api/program`)).json();
    expect(program.result.status).toBe('ok');
    expect(program.result.stdout).toBe('3 7\n6 8\n');
    run.child.kill('SIGTERM');
    expect(await run.done).toBe(0);
  });

  it('fails with a clear message for a busy port or a path it cannot show', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const port = (blocker.address() as { port: number }).port;
    try {
      const busy = cli(['--port', String(port), '--no-open']);
      expect(await busy.done).toBe(1);
      expect(busy.output().stderr).toContain(`port ${port} on 127.0.0.1 is already in use`);
      expect(busy.output().stderr).toContain('SEMTRACE_PORT_IN_USE');
    } finally {
      blocker.close();
    }
    const odd = cli(['package.json', '--no-open']);
    expect(await odd.done).toBe(1);
    expect(odd.output().stderr).toContain('SEMTRACE_VIEW_PATH_UNSUPPORTED');
  });
});
