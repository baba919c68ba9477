import { createServer, type Server } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasBubblewrap } from '../../support/requirements.js';
import { HostClient, request } from './host-client.js';

const available = hasBubblewrap;

describe('Pyodide worker under strict isolation', () => {
  let host: HostClient;
  let server: Server;
  let port = 0;
  let connections = 0;
  beforeAll(async () => {
    server = createServer((socket) => {
      connections++;
      socket.end('secret\n');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as { port: number }).port;
    if (available) host = await HostClient.start('strict');
  });
  afterAll(() => {
    host?.close();
    server.close();
  });

  it.skipIf(!available)('runs programs', async () => {
    const { result } = await host.run(
      request('def f(x):\n    return x + 1\n', { mode: 'call', call: 'f(1)' }),
    );
    expect(result.returnRepr).toBe('2');
  });

  it.skipIf(!available)('contains escape attempts', async () => {
    const attempts = [
      'import os\nprint(os.system("echo hi"))\n',
      'import js\nprint(js.process.pid)\n',
      'import pyodide_js\nprint(pyodide_js)\n',
      'import gc\nprint([o for o in gc.get_objects() if type(o).__name__ == "JsProxy"][:1])\n',
      'import sys\nprint([m for m in sys.modules if m.split(".")[0] in ("js", "pyodide", "pyodide_js", "_pyodide")])\n',
      'import asyncio\nprint(asyncio.get_event_loop_policy())\n',
      'open("/etc/passwd", "w").write("x")\n',
      `import socket\ns = socket.create_connection(("127.0.0.1", ${port}), timeout=1)\nprint(s.recv(100))\n`,
    ];
    for (const code of attempts) {
      const { result } = await host.run(request(code, { limits: { timeoutMs: 2000 } }));
      if (process.env.SEMTRACE_SHOW)
        console.log(code, result.status, result.exception?.message, result.stdout);
      expect(result.stdout).not.toMatch(/hi\n|JsProxy|secret|pyodide|PyodideAPI|\b\d{2,}\n/);
    }
    expect(connections).toBe(0);
    const { result } = await host.run(request('print("alive")\n'));
    expect(result.stdout).toBe('alive\n');
  });
});

describe('Pyodide worker without a snapshot', () => {
  it('loads cold and runs', async () => {
    const host = await HostClient.start('basic', false);
    const { result } = await host.run(request('print(6 * 7)\n'));
    expect(result.stdout).toBe('42\n');
    host.close();
  });
});
