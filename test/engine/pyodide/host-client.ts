/** A minimal client of the worker line protocol, so these tests do not depend on the engine's pool. */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type {
  WireLimits,
  WireRequest,
  WorkerReadyLine,
  WorkerResultLine,
} from '../../../src/engine/protocol.js';
import { hostDistDir, pyodideWorkerCommand } from '../../../src/engine/pyodide/launch.js';
import { ensurePyodideSnapshot } from '../../../src/engine/pyodide/snapshot.js';

export const LIMITS: WireLimits = {
  timeoutMs: 3000,
  maxSteps: 100000,
  maxOutputBytes: 1 << 20,
  maxReprChars: 1000,
  maxReprItems: 50,
  maxReprDepth: 6,
  maxReturnReprChars: 100000,
  memoryBytes: 512 << 20,
};

export function request(
  code: string,
  extra: Omit<Partial<WireRequest>, 'limits'> & { limits?: Partial<WireLimits> } = {},
): WireRequest {
  return {
    code,
    mode: 'script',
    trace: true,
    showCallables: false,
    ...extra,
    limits: { ...LIMITS, ...extra.limits },
  };
}

export class HostClient {
  private readonly child: ChildProcess;
  private readonly waiting = new Map<number, (line: WorkerResultLine) => void>();
  private nextId = 1;
  readonly ready: Promise<WorkerReadyLine>;

  private constructor(command: { command: string; args: string[]; env: Record<string, string> }) {
    this.child = spawn(command.command, command.args, {
      env: command.env,
      stdio: ['pipe', 'pipe', 'inherit'],
    });
    const lines = createInterface({ input: this.child.stdout! });
    let onReady: (line: WorkerReadyLine) => void = () => {};
    this.ready = new Promise((resolve) => {
      onReady = resolve;
    });
    lines.on('line', (text) => {
      const message = JSON.parse(text) as WorkerReadyLine | WorkerResultLine;
      if ('ready' in message) onReady(message);
      else this.waiting.get(message.id)?.(message);
    });
  }

  static async start(isolation: 'strict' | 'basic', useSnapshot = true): Promise<HostClient> {
    if (!existsSync(join(hostDistDir(), 'host.js'))) throw new Error('run `npm run build` first');
    process.env.SEMTRACE_CACHE_DIR ??= mkdtempSync(join(tmpdir(), 'semtrace-cache-'));
    const snapshotPath = useSnapshot ? await ensurePyodideSnapshot() : undefined;
    const client = new HostClient(pyodideWorkerCommand({ isolation, snapshotPath }));
    await client.ready;
    return client;
  }

  run(wire: WireRequest): Promise<WorkerResultLine> {
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.waiting.set(id, resolve);
      this.child.stdin?.write(`${JSON.stringify({ id, request: wire })}\n`);
    });
  }

  close(): void {
    this.child.stdin?.end();
  }
}
