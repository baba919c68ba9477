import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEngine, type Engine } from '../../../src/engine/engine.js';
import { probeBubblewrap } from '../../../src/engine/sandbox/bubblewrap.js';
import type { RunRequest, RunResult } from '../../../src/engine/types.js';
import { benignPrograms, domainAttacks } from './domain-programs.js';

// The boundary under test is inside the worker; strict adds the process sandbox around it when it can.
const isolation = probeBubblewrap().available ? 'strict' : 'basic';

function comparable(result: RunResult): string {
  const { timings: _timings, ...rest } = result;
  return JSON.stringify(rest);
}

function benign(domain: string | undefined): RunRequest[] {
  return benignPrograms.map((program) => ({
    code: program.code,
    ...(program.call ? { call: program.call } : {}),
    ...(program.stdin ? { stdin: program.stdin } : {}),
    ...(domain ? { domain } : {}),
    // Generous: after a hostile run the worker may be starting a new interpreter on a busy machine.
    limits: { timeoutMs: 30_000 },
  }));
}

describe('Pyodide trust domains', () => {
  let engine: Engine;
  let fresh: string[];

  beforeAll(async () => {
    // What a fresh engine gives: one new worker, nothing run before.
    const reference = await createEngine({ backend: 'pyodide', workers: 1, isolation });
    try {
      fresh = [];
      for (const request of benign(undefined)) fresh.push(comparable(await reference.run(request)));
    } finally {
      await reference.close();
    }
    engine = await createEngine({ backend: 'pyodide', workers: 1, isolation });
  }, 300_000); // may first make the memory snapshot, on a busy machine

  afterAll(async () => {
    await engine?.close();
  });

  it('gives fresh results to benign programs', () => {
    expect(fresh.map((text) => JSON.parse(text).status)).toEqual(benignPrograms.map(() => 'ok'));
  });

  it.each(domainAttacks.map((attack, index) => ({ ...attack, index })))(
    'after $name, other domains get what a fresh engine gives',
    async ({ code, index }) => {
      // Untraced, so that the slow walks finish within their time.
      const hostile = await engine.run({
        code,
        domain: `hostile-${index}`,
        trace: false,
        limits: { timeoutMs: 15_000 },
      });
      if (process.env.SEMTRACE_SHOW) console.log(hostile.status, hostile.stdout, hostile.exception);
      expect(hostile.stdout).not.toContain('PATCHED');
      expect(hostile.stdout).not.toContain('JS reached');
      // Benign programs of one other domain share the interpreter among themselves, and of none.
      for (const domain of [`benign-${index}`, undefined]) {
        const after: string[] = [];
        for (const request of benign(domain)) after.push(comparable(await engine.run(request)));
        expect(after).toEqual(fresh);
      }
    },
    180_000,
  );

  it('a hostile program cannot make its own forged result pass the host', async () => {
    const forged = await engine.run({
      code: `import sys, json
steps = [{"event": "line", "line": 99, "func": "<module>", "depth": 0, "locals": {}}]
sys.modules['semtrace_pyodide']._dumps = lambda value: json.JSONEncoder().encode(dict(value, steps=steps, stepCount=1))
`,
    });
    expect(forged.status).toBe('error');
    expect(forged.exception?.type).toBe('InvalidResult');
    const after = await engine.run(benign(undefined)[0]!);
    expect(comparable(after)).toBe(fresh[0]);
  }, 60_000);

  it('shares the interpreter within a domain and restores it between runs', async () => {
    const first = await engine.run({ code: 'import json\njson.dumps = None\nx = 1\n', domain: 'shared' });
    expect(first.status).toBe('ok');
    const after: string[] = [];
    for (const request of benign('shared')) after.push(comparable(await engine.run(request)));
    expect(after).toEqual(fresh);
  }, 60_000);
});
