/**
 * The native backend between programs: each hostile program runs in a one-worker engine, followed in
 * the same worker by programs that look at everything an earlier program could have changed; their
 * results must be byte-identical to a fresh engine's. Runs under strict (bubblewrap) and under
 * landlock, the level `auto` falls back to when bubblewrap is hidden.
 */
import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEngine, type Engine } from '../../../src/engine/engine.js';
import { probeLandlock } from '../../../src/engine/native/probe-landlock.js';
import { resolvePython } from '../../../src/engine/native/resolve-python.js';
import { probeBubblewrap } from '../../../src/engine/sandbox/bubblewrap.js';
import type { RunRequest, RunResult } from '../../../src/engine/types.js';
import { nativeHostilePrograms, statePrograms } from './native-programs.js';

const python = resolvePython().executable;
const hasBubblewrap = probeBubblewrap().available;
const hasLandlock = probeLandlock(python) > 0;
const hideBubblewrap = {
  bubblewrap: () => ({ available: false, reason: 'bubblewrap is hidden for this test' }),
};

type Level = 'strict' | 'landlock';
const levels: Level[] = [
  ...(hasBubblewrap ? (['strict'] as const) : []),
  ...(hasLandlock ? (['landlock'] as const) : []),
];

function stable(result: RunResult): string {
  const { timings: _timings, ...rest } = result;
  return JSON.stringify(rest);
}

function stateRequests(): RunRequest[] {
  return statePrograms.map(({ code, call, trace }) =>
    call ? { code, mode: 'call', call, trace } : { code, trace },
  );
}

async function engineAt(level: Level, warn: (message: string) => void = () => {}): Promise<Engine> {
  return createEngine({
    backend: 'native',
    workers: 1,
    isolation: level,
    isolationProbes: level === 'landlock' ? hideBubblewrap : undefined,
    warn,
  });
}

async function runAll(engine: Engine, requests: RunRequest[]): Promise<string[]> {
  const results: string[] = [];
  for (const request of requests) results.push(stable(await engine.run(request)));
  return results;
}

const PARENT = { code: 'import os\nprint(os.getppid())' };

describe.skipIf(levels.length === 0).each(levels)('native backend under %s isolation', (level) => {
  let engine: Engine;
  let fresh: string[];

  beforeAll(async () => {
    const first = await engineAt(level);
    try {
      fresh = await runAll(first, stateRequests());
    } finally {
      await first.close();
    }
    engine = await engineAt(level);
  }, 120_000);
  afterAll(() => engine?.close());

  it('gives what a fresh engine gives before any hostile program', async () => {
    expect(await runAll(engine, stateRequests())).toEqual(fresh);
    for (const result of fresh) expect(JSON.parse(result).isolation).toBe(level);
  }, 60_000);

  it.each(nativeHostilePrograms)(
    '$name: the worker survives and the next programs see nothing of it',
    async ({ code, rejectedAs }) => {
      const parentBefore = (await engine.run(PARENT)).stdout;
      const hostile = await engine.run({ code, limits: { timeoutMs: 5000 } });
      expect(hostile.stdout).not.toContain('ESCAPED');
      expect(hostile.stdout).not.toContain('FORGED');
      expect(hostile.returnRepr).not.toBe("'FORGED'");
      expect(hostile.exception?.type).not.toBe('WorkerCrash');
      if (rejectedAs) expect(hostile.exception?.type).toBe(rejectedAs);
      else expect(hostile.stdout).toMatch(/done|denied|no frames/);
      // The same worker answers next (no restart hid the damage), with a fresh engine's results.
      expect((await engine.run(PARENT)).stdout).toBe(parentBefore);
      expect(await runAll(engine, stateRequests())).toEqual(fresh);
    },
    60_000,
  );

  it('replaces a worker that is alive but was changed from outside (its limits lowered)', async () => {
    if (level !== 'landlock') return; // the worker's pid is only visible without a PID namespace
    const workerPid = Number((await engine.run(PARENT)).stdout.trim());
    expect(workerPid).toBeGreaterThan(1);
    execFileSync(python, [
      '-c',
      `import resource; resource.prlimit(${workerPid}, resource.RLIMIT_NOFILE, (64, 64))`,
    ]);
    const [sortedCall] = stateRequests();
    const answered = await engine.run(sortedCall!);
    expect(stable(answered)).toBe(fresh[0]);
    const replacement = Number((await engine.run(PARENT)).stdout.trim());
    expect(replacement).not.toBe(workerPid);
    expect(await runAll(engine, stateRequests())).toEqual(fresh);
  }, 60_000);
});

describe.skipIf(!hasLandlock)('auto isolation without bubblewrap (native)', () => {
  it('falls back to landlock, says what is confined, and confines host files', async () => {
    const warnings: string[] = [];
    const engine = await createEngine({
      backend: 'native',
      workers: 1,
      isolation: 'auto',
      isolationProbes: hideBubblewrap,
      warn: (message) => warnings.push(message),
    });
    try {
      expect(engine.isolation).toBe('landlock');
      const result = await engine.run({
        code: "import os\nfor p in ('/etc/semtrace-x', os.path.expanduser('~root') + '/semtrace-x', '/usr/lib/semtrace-x'):\n    try:\n        open(p, 'w')\n        print('ESCAPED', p)\n    except OSError as e:\n        print(type(e).__name__)\nopen('mine.txt', 'w').write('scratch is writable')\nprint(open('mine.txt').read())",
      });
      expect(result.isolation).toBe('landlock');
      expect(result.stdout).not.toContain('ESCAPED');
      expect(result.stdout).toContain('scratch is writable');
    } finally {
      await engine.close();
    }
    // One warning at most per process (another test may have used it up), and it never says "sandbox" of basic.
    for (const warning of warnings) expect(warning).toMatch(/landlock isolation .*Landlock/);
  }, 60_000);

  it('refuses the landlock level for the pyodide backend', async () => {
    await expect(createEngine({ backend: 'pyodide', isolation: 'landlock' })).rejects.toThrow(
      /native backend/,
    );
  });
});
