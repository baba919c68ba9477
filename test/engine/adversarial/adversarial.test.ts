import { createSocket } from 'node:dgram';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEngine, type Engine } from '../../../src/engine/engine.js';
import type { BackendName } from '../../../src/engine/types.js';
import { hasBubblewrap } from '../../support/requirements.js';
import { hostilePrograms, type Targets, tamperingPairs } from './programs.js';

const SECRET = 'semtrace-secret-7f3a9c';
const backends: BackendName[] = ['native', 'pyodide'];

describe.skipIf(!hasBubblewrap).each(backends)(
  'adversarial programs under strict isolation: %s',
  (backend) => {
    let engine: Engine;
    let server: Server;
    let connections = 0;
    let datagrams = 0;
    const udp = createSocket('udp4');
    const folder = mkdtempSync(join(tmpdir(), 'semtrace-adversarial-'));
    const targets: Targets = { marker: join(folder, 'escaped'), secret: join(folder, 'secret.txt'), port: 0 };

    beforeAll(async () => {
      writeFileSync(targets.secret, SECRET);
      process.env.SEMTRACE_TEST_SECRET = SECRET;
      server = createServer((socket) => {
        connections++;
        socket.destroy();
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      targets.port = (server.address() as { port: number }).port;
      await new Promise<void>((resolve) => udp.bind(targets.port, '127.0.0.1', resolve));
      udp.on('message', () => datagrams++);
      engine = await createEngine({
        backend,
        workers: 2,
        isolation: 'strict',
        limits: { timeoutMs: 3000, maxSteps: 20000 },
      });
    }, 120_000);

    afterAll(async () => {
      await engine?.close();
      server?.close();
      udp.close();
      rmSync(folder, { recursive: true, force: true });
    });

    it('has at least 40 hostile programs', () => {
      expect(hostilePrograms.length).toBeGreaterThanOrEqual(40);
    });

    it('ends every hostile program with a clear status, and nothing escapes', async () => {
      const requests = hostilePrograms.map((program) => ({
        code: program.code(targets),
        limits: {
          timeoutMs: program.timeoutMs ?? 3000,
          ...(program.memoryBytes ? { memoryBytes: program.memoryBytes } : {}),
        },
      }));
      const unexpected: string[] = [];
      for await (const { index, result } of engine.runMany(requests)) {
        const program = hostilePrograms[index]!;
        if (!program.statuses.includes(result.status)) {
          unexpected.push(`${program.name}: ${result.status} ${JSON.stringify(result.exception)}`);
        }
        const seen = result.stdout + result.stderr + JSON.stringify(result.steps);
        if (seen.includes(SECRET)) unexpected.push(`${program.name}: the secret leaked`);
      }
      expect(unexpected).toEqual([]);
      expect(existsSync(targets.marker)).toBe(false);
      expect(connections).toBe(0);
      expect(datagrams).toBe(0);
    }, 240_000);

    it('keeps serving correct results afterwards', async () => {
      const result = await engine.run({ code: 'def f(x):\n    return sorted(x)', call: 'f([3, 1, 2])' });
      expect(result.status).toBe('ok');
      expect(result.returnRepr).toBe('[1, 2, 3]');
    });

    it.each(tamperingPairs)(
      'a program that tampers ($name) does not change the next one',
      async ({ tamper, check }) => {
        const single = await createEngine({ backend, workers: 1, isolation: 'strict' });
        try {
          const before = await single.run({ code: check });
          await single.run({ code: tamper });
          const after = await single.run({ code: check });
          expect(before.status).toBe('ok');
          expect(after.stdout).toBe(before.stdout);
          expect(after.status).toBe('ok');
        } finally {
          await single.close();
        }
      },
      60_000,
    );
  },
);
