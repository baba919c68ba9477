/**
 * Native trust domains: runs of one named domain share one process, put back to how it was after each
 * program; what cannot be put back ends that process, so the next run starts fresh. Whatever a program of
 * the domain did, the domain's next results must equal a fresh engine's, byte for byte.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEngine, type Engine } from '../../../src/engine/engine.js';
import type { RunRequest, RunResult } from '../../../src/engine/types.js';
import { hasBubblewrap } from '../../support/requirements.js';
import { tamperingPairs } from '../adversarial/programs.js';
import { benignPrograms } from '../pyodide/domain-programs.js';

const PID = 'import os\nprint(os.getpid())\n';

/** What programs leave behind in their process, outside Python objects or inside them. */
const TAMPERS: { name: string; code: string }[] = [
  ...tamperingPairs.map(({ name, tamper }) => ({ name, code: tamper })),
  {
    name: 'a thread left running',
    code: 'import threading, time\nthreading.Thread(target=time.sleep, args=(30,), daemon=True).start()\n',
  },
  { name: 'a signal handler set', code: 'import signal\nsignal.signal(signal.SIGUSR1, lambda *a: None)\n' },
  { name: 'the environment changed behind os.environ', code: "import os\nos.putenv('SEMTRACE_LEFT', 'x')\n" },
  { name: 'umask changed', code: 'import os\nos.umask(0o077)\n' },
  {
    name: 'own limits lowered',
    code: 'import resource\nresource.setrlimit(resource.RLIMIT_NOFILE, (64, 64))\n',
  },
  { name: 'a descriptor left open', code: "import os\nkept = os.open('/dev/null', os.O_RDONLY)\n" },
  { name: 'working folder changed', code: "import os\nos.chdir('/')\n" },
  { name: 'os.environ changed', code: "import os\nos.environ['SEMTRACE_LEFT'] = 'y'\n" },
  { name: 'a json module function replaced', code: 'import json\njson.dumps = lambda *a, **k: "forged"\n' },
  {
    name: 'sys.path and warnings filters changed',
    code: "import sys, warnings\nsys.path.insert(0, '/tmp')\nwarnings.simplefilter('error')\n",
  },
  { name: 'an atexit handler registered', code: "import atexit\natexit.register(print, 'left over')\n" },
  {
    name: 'an interval timer left running',
    code: 'import signal\nsignal.setitimer(signal.ITIMER_PROF, 100)\n',
  },
];

function comparable(result: RunResult): string {
  const { timings: _timings, ...rest } = result;
  return JSON.stringify(rest);
}

function benign(domain: string | undefined): RunRequest[] {
  return benignPrograms.map((program) => ({
    // Inode numbers in the worker's sandbox grow with every file made there, domains or not.
    code: program.code.replace(", os.stat('f.txt').st_ino", ''),
    ...(program.call ? { call: program.call } : {}),
    ...(program.stdin ? { stdin: program.stdin } : {}),
    ...(domain ? { domain } : {}),
  }));
}

// Strict: the benign programs list the sandbox's own /tmp, which nothing else on the machine writes to.
describe.skipIf(!hasBubblewrap)('native trust domains', () => {
  let engine: Engine;
  let fresh: string[];

  beforeAll(async () => {
    const reference = await createEngine({ backend: 'native', workers: 1, isolation: 'strict' });
    try {
      fresh = [];
      for (const request of benign(undefined)) fresh.push(comparable(await reference.run(request)));
    } finally {
      await reference.close();
    }
    engine = await createEngine({ backend: 'native', workers: 1, isolation: 'strict' });
  }, 120_000);
  afterAll(() => engine?.close());

  it('runs a domain in one process, and every other request in its own', async () => {
    const pid = async (domain?: string) =>
      (await engine.run({ code: PID, ...(domain ? { domain } : {}) })).stdout;
    const before = engine.runCounts;
    const first = await pid('a');
    expect(await pid('a')).toBe(first);
    expect(await pid()).not.toBe(first);
    expect(await pid('b')).not.toBe(first);
    // Only the second run of `a` shared a warm interpreter, and the engine counts it so.
    const after = engine.runCounts;
    expect({ runs: after.runs - before.runs, warm: after.warm - before.warm }).toEqual({ runs: 4, warm: 1 });
  });

  it('gives a domain the results of a fresh engine, however often it runs', async () => {
    for (let round = 0; round < 3; round++) {
      const results: string[] = [];
      for (const request of benign('steady')) results.push(comparable(await engine.run(request)));
      expect(results).toEqual(fresh);
    }
  });

  it.each(TAMPERS)(
    "after a program that leaves behind '$name', the domain's next results are a fresh engine's",
    async ({ code }) => {
      const domain = `tamper:${code}`;
      // Some tampering fails as it would under python3 (a C type's attributes cannot be set).
      expect(['ok', 'error']).toContain((await engine.run({ code, domain })).status);
      const results: string[] = [];
      for (const request of benign(domain)) results.push(comparable(await engine.run(request)));
      expect(results).toEqual(fresh);
    },
    60_000,
  );

  it('starts a fresh process after a run whose changes could not be put back', async () => {
    const before = (await engine.run({ code: PID, domain: 'dirty' })).stdout;
    await engine.run({
      code: TAMPERS.find((t) => t.name === 'a thread left running')!.code,
      domain: 'dirty',
    });
    expect((await engine.run({ code: PID, domain: 'dirty' })).stdout).not.toBe(before);
  });
});
