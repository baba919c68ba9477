/**
 * `semtrace serve` on loopback: a real server, real engine and real HTTP. Native backend where
 * bubblewrap works (fastest), the embedded one elsewhere.
 */
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEngine, type Engine } from '../../src/engine/engine.js';
import { probeBubblewrap } from '../../src/engine/sandbox/bubblewrap.js';
import { SemtraceServeClient, ServeRequestError } from '../../src/serve/client.js';
import { type RunningServer, startServer } from '../../src/serve/start.js';
import { parseTokens } from '../../src/serve/tokens.js';
import { repoRoot } from '../support/paths.js';
import { validateRunResult } from '../support/schema.js';

const ALICE = 'alice-token-0123456789abcdef';
const BOB = 'bob-token-0123456789abcdef';
const backend = probeBubblewrap().available ? 'native' : 'pyodide';
const hasPython = spawnSync('python3', ['--version']).status === 0;

let engine: Engine;
let server: RunningServer;
let alice: SemtraceServeClient;

beforeAll(async () => {
  engine = await createEngine({ backend, workers: 2 });
  await engine.warmUp();
  server = await startServer({
    engine,
    tokens: parseTokens(`alice ${ALICE}\nbob ${BOB}\n`),
    port: 0,
    limits: {
      maxBodyBytes: 64 * 1024,
      maxBatch: 50,
      maxQueuedRuns: 40,
      perTokenConcurrency: 8,
      maxTimeoutMs: 10_000,
    },
  });
  alice = new SemtraceServeClient({ baseUrl: server.url, token: ALICE, retries: 0 });
}, 120_000);

afterAll(async () => {
  await server?.drain();
  await engine?.close();
});

function post(path: string, body: unknown, token: string | null = ALICE, raw?: string) {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (token) headers.authorization = `Bearer ${token}`;
  return fetch(`${server.url}${path}`, { method: 'POST', headers, body: raw ?? JSON.stringify(body) });
}

async function errorOf(response: Response) {
  return {
    status: response.status,
    ...((await response.json()) as { error: { code: string; message: string } }).error,
  };
}

describe('endpoints', () => {
  it('healthz and the OpenAPI document need no token; metrics do', async () => {
    const health = await (await fetch(`${server.url}/healthz`)).json();
    expect(health).toMatchObject({ status: 'ok', backend, workers: 2 });
    const doc = (await (await fetch(`${server.url}/v1/openapi.json`)).json()) as {
      openapi: string;
      paths: object;
    };
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths).sort()).toEqual(
      ['/healthz', '/metrics', '/v1/check', '/v1/openapi.json', '/v1/run', '/v1/run/batch'].sort(),
    );
    expect((await fetch(`${server.url}/metrics`)).status).toBe(401);
    const metrics = await (
      await fetch(`${server.url}/metrics`, { headers: { authorization: `Bearer ${ALICE}` } })
    ).text();
    expect(metrics).toContain('semtrace_http_requests_total{route="/healthz",status="200"}');
    expect(metrics).toContain('semtrace_queue_depth');
    expect(metrics).toContain('semtrace_worker_restarts_total');
  });

  it('/v1/run answers one RunResult (untraced unless asked) and /v1/run/batch streams results as they finish', async () => {
    const result = await alice.run({ code: 'def f(x):\n    return x * 2', call: 'f(21)' });
    expect(validateRunResult(result), JSON.stringify(validateRunResult.errors)).toBe(true);
    expect(result).toMatchObject({ status: 'ok', returnRepr: '42', stepCount: 0 });
    const traced = await alice.run({ code: 'x = 1\ny = x + 1', trace: true });
    expect(traced.stepCount).toBeGreaterThan(0);

    const lines = [];
    for await (const line of alice.runBatch([
      { code: 'import time\ntime.sleep(1.0)\nprint("slow")', domain: 'batch' },
      { code: 'print("a")', domain: 'batch' },
      { code: 'print("b")', domain: 'batch' },
    ]))
      lines.push(line);
    expect(lines.map((line) => line.index).sort()).toEqual([0, 1, 2]);
    expect(lines[lines.length - 1]).toMatchObject({ index: 0, result: { stdout: 'slow\n' } });
    expect(lines.find((line) => line.index === 2)!.result.stdout).toBe('b\n');
  });

  it('keeps stdin apart between concurrent requests', async () => {
    const code = 'import sys, time\ndata = sys.stdin.read()\ntime.sleep(0.05)\nprint(data[::-1])';
    const stdins = Array.from({ length: 8 }, (_, i) => `request-${i}-${'x'.repeat(i * 100)}`);
    const results = await Promise.all(stdins.map((stdin) => alice.run({ code, stdin, domain: 'stdin' })));
    expect(results.map((result) => result.stdout)).toEqual(
      stdins.map((stdin) => `${[...stdin].reverse().join('')}\n`),
    );
  });
});

describe('auth and bad requests', () => {
  it('refuses a missing or unknown token with 401, and names unknown routes', async () => {
    const missing = await post('/v1/run', { code: 'print(1)' }, null);
    expect(missing.status).toBe(401);
    expect(missing.headers.get('www-authenticate')).toBe('Bearer');
    expect((await errorOf(missing)).message).toContain('Authorization: Bearer');
    expect((await post('/v1/check', { kind: 'io' }, 'not-a-token-of-this-server')).status).toBe(401);
    const unknown = await errorOf(await post('/v2/run', {}));
    expect(unknown).toMatchObject({ status: 404, code: 'SEMTRACE_NOT_FOUND' });
  });

  it.each([
    ['/v1/run', null, '{"code": ', 'not valid JSON'],
    ['/v1/run', {}, undefined, "must have required property 'code'"],
    ['/v1/run', { code: 1 }, undefined, 'body/code must be string'],
    ['/v1/run', { code: 'x', cwd: '/' }, undefined, 'must NOT have additional properties'],
    ['/v1/run', { code: 'x', limits: { timeoutMs: 60_000 } }, undefined, 'timeoutMs must be <= 10000'],
    ['/v1/run/batch', { requests: [] }, undefined, 'must NOT have fewer than 1 items'],
    [
      '/v1/run/batch',
      { requests: Array(51).fill({ code: 'x' }) },
      undefined,
      'must NOT have more than 50 items',
    ],
    ['/v1/check', { kind: 'magic', program: 'x' }, undefined, 'kind'],
    ['/v1/check', { kind: 'asserts', program: 'x', asserts: [] }, undefined, 'fewer than 1 items'],
    [
      '/v1/check',
      { kind: 'io', program: 'x', cases: [{ stdin: '' }] },
      undefined,
      "required property 'stdout'",
    ],
  ])('%s %j → 400 naming the problem', async (path, body, raw, message) => {
    const answer = await errorOf(await post(path, body, ALICE, raw));
    expect(answer).toMatchObject({ status: 400, code: 'SEMTRACE_BAD_REQUEST' });
    expect(answer.message).toContain(message);
  });

  it('refuses an oversized body with 413 and a non-JSON one with 415', async () => {
    const big = await errorOf(await post('/v1/run', { code: `# ${'x'.repeat(70 * 1024)}` }));
    expect(big).toMatchObject({ status: 413, code: 'SEMTRACE_TOO_LARGE' });
    const text = await fetch(`${server.url}/v1/run`, {
      method: 'POST',
      headers: { authorization: `Bearer ${ALICE}`, 'content-type': 'application/xml' },
      body: '<code>print(1)</code>',
    });
    expect(text.status).toBe(415);
  });

  it('the client raises a typed error', async () => {
    const stranger = new SemtraceServeClient({
      baseUrl: server.url,
      token: 'wrong-token-0123456789',
      retries: 0,
    });
    const error = await stranger.run({ code: 'print(1)' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ServeRequestError);
    expect(error).toMatchObject({
      status: 401,
      serverCode: 'SEMTRACE_UNAUTHORIZED',
      code: 'SEMTRACE_SERVICE_ERROR',
    });
  });

  it('without tokens it refuses to listen beyond loopback', async () => {
    await expect(startServer({ engine, host: '0.0.0.0', port: 0 })).rejects.toMatchObject({
      code: 'SEMTRACE_BAD_OPTION',
    });
  });
});

describe('hostile programs through the API', () => {
  it('are contained, and the service keeps serving', async () => {
    const hostile = [
      { code: 'while True:\n    pass', limits: { timeoutMs: 500 } },
      { code: 'x = bytearray(2 * 1024 ** 3)', limits: { memoryBytes: 256 * 1024 * 1024 } },
      { code: 'import os, signal\nos.kill(os.getppid(), signal.SIGKILL)' },
      { code: 'import socket\nsocket.create_connection(("127.0.0.1", 1), timeout=1)' },
      { code: 'import os\nos.write(1, b"{\\"status\\": \\"ok\\"}\\n")\nos._exit(0)' },
    ];
    const results = await Promise.all(hostile.map((request) => alice.run(request)));
    expect(results.map((r) => r.status)).toEqual(['timeout', 'memory_limit', 'error', 'error', 'error']);
    const after = await alice.run({ code: 'print(sum(range(10)))' });
    expect(after).toMatchObject({ status: 'ok', stdout: '45\n' });
    expect((await (await fetch(`${server.url}/healthz`)).json()).status).toBe('ok');
  }, 30_000);
});

describe('/v1/check: the reward rules', () => {
  const add = 'def add(a, b):\n    return a + b\n';

  it('judges asserts, stdin/stdout pairs and CRUXEval answers per test', async () => {
    const asserts = await alice.check({
      kind: 'asserts',
      program: add,
      asserts: [
        'assert add(1, 2) == 3',
        'assert add(1, 2) == 4',
        'assert add(1, "a") == 3',
        'assert candidate(2, 2) == 4',
      ],
      entryPoint: 'add',
    });
    expect(asserts.tests.map((t) => t.verdict)).toEqual(['passed', 'failed', 'error', 'passed']);
    expect(asserts.tests[2]).toMatchObject({ errorType: 'TypeError' });
    expect(asserts).toMatchObject({ passed: 2, total: 4, passFraction: 0.5, allPassed: false });

    const io = await alice.check({
      kind: 'io',
      program: 'a, b = map(int, input().split())\nprint(a + b)',
      cases: [
        { stdin: '1 2\n', stdout: '3\n' },
        { stdin: '2 2\n', stdout: '5\n' },
      ],
    });
    expect(io.tests.map((t) => t.verdict)).toEqual(['passed', 'failed']);
    expect(io.tests[1]).toMatchObject({ stdout: '4\n' });

    const timeout = await alice.check({
      kind: 'io',
      program: 'while True: pass',
      cases: [{ stdin: '', stdout: '1' }],
      limits: { timeoutMs: 300 },
    });
    expect(timeout.tests[0]!.verdict).toBe('timeout');

    const crux = { program: 'def f(x):\n    return x * 2', output: '[1, 1]' };
    const verdicts = await Promise.all([
      alice.check({ kind: 'cruxeval-output', ...crux, answer: '[1,1]' }),
      alice.check({ kind: 'cruxeval-output', ...crux, answer: '[1] * 2' }),
      alice.check({ kind: 'cruxeval-output', ...crux, answer: 'f([1])' }),
      alice.check({ kind: 'cruxeval-input', ...crux, answer: '[1]' }),
      alice.check({ kind: 'cruxeval-input', ...crux, answer: 'f([2])' }),
    ]);
    expect(verdicts.map((v) => v.tests[0]!.verdict)).toEqual([
      'passed',
      'passed',
      'failed',
      'passed',
      'failed',
    ]);
  }, 30_000);

  it('never pays a candidate that did not compute the answer', async () => {
    const asserts = ['assert add(1, 2) == 3', 'assert add(2, 5) == 7'];
    const hacks = [
      // exits before the tests run
      'import sys\nsys.exit(0)\ndef add(a, b):\n    return a + b',
      'def add(a, b):\n    import sys\n    sys.exit(0)',
      'def add(a, b):\n    import os\n    os._exit(0)',
      // patches assert's machinery, returns an object equal to everything
      'import builtins\nbuiltins.AssertionError = type("Nope", (Exception,), {})\nclass Any:\n    def __eq__(self, other):\n        return True\ndef add(a, b):\n    return Any()',
      'class Int(int):\n    def __eq__(self, other):\n        return True\n    __hash__ = int.__hash__\ndef add(a, b):\n    return Int(0)',
      // forges what a result line looks like, on stdout and on fd 1
      'import os\nprint(\'{"status": "ok", "returnRepr": "3", "returnType": "int"}\')\nos.write(1, b\'{"status":"ok","returnRepr":"3"}\\n\')\ndef add(a, b):\n    os._exit(0)',
      // raises where the test would fail
      'def add(a, b):\n    raise AssertionError("skip")',
    ];
    const reports = await Promise.all(
      hacks.map((program) => alice.check({ kind: 'asserts', program, asserts })),
    );
    for (const [i, report] of reports.entries())
      expect(report.passed, `hack ${i}: ${JSON.stringify(report.tests)}`).toBe(0);

    const io = await Promise.all([
      // prints the right answer, then crashes
      alice.check({
        kind: 'io',
        program: 'print(3)\nraise SystemExit(1)',
        cases: [{ stdin: '1 2', stdout: '3' }],
      }),
      // prints nothing against an empty expected output
      alice.check({ kind: 'io', program: 'import os\nos._exit(0)', cases: [{ stdin: '', stdout: '' }] }),
      // killed by its memory limit after printing
      alice.check({
        kind: 'io',
        program: 'print(3)\nx = bytearray(2 * 1024 ** 3)',
        cases: [{ stdin: '', stdout: '3' }],
        limits: { memoryBytes: 256 * 1024 * 1024 },
      }),
    ]);
    expect(io.map((r) => r.tests[0]!.verdict)).toEqual(['error', 'error', 'error']);
    // The honest candidate passes, so the rules above are not refusing everything.
    expect((await alice.check({ kind: 'asserts', program: add, asserts })).passFraction).toBe(1);
  }, 45_000);

  it("keeps each candidate in its own trust domain: one cannot change another's verdict", async () => {
    const tamper = 'import builtins\nbuiltins.len = lambda x: 99\ndef f(x):\n    return len(x)';
    const honest = 'def f(x):\n    return len(x)';
    const [bad, good] = await Promise.all([
      alice.check({ kind: 'asserts', program: tamper, asserts: ['assert f([1, 2, 3]) == 3'] }),
      alice.check({
        kind: 'asserts',
        program: honest,
        asserts: ['assert f([1, 2, 3]) == 3', 'assert f([]) == 0'],
      }),
    ]);
    expect(bad.passed).toBe(0);
    expect(good.passFraction).toBe(1);
  });
});

describe('backpressure', () => {
  it("answers 429 with Retry-After past a token's concurrency, and every request gets an answer", async () => {
    const slow = { code: 'import time\ntime.sleep(0.4)', domain: 'slow' };
    const answers = await Promise.all(Array.from({ length: 11 }, () => post('/v1/run', slow, BOB)));
    const statuses = answers.map((a) => a.status).sort();
    expect(statuses.filter((s) => s === 200)).toHaveLength(8);
    expect(statuses.filter((s) => s === 429)).toHaveLength(3);
    expect(answers.find((a) => a.status === 429)!.headers.get('retry-after')).toMatch(/^\d+$/);
  });

  it('answers 429 when the queue is full, and 400 for a request larger than the queue', async () => {
    const batch = { requests: Array(30).fill({ code: 'pass', domain: 'fill' }) };
    const first = post('/v1/run/batch', batch, ALICE);
    await new Promise((resolve) => setTimeout(resolve, 50));
    const second = await post('/v1/run/batch', batch, BOB);
    expect(second.status).toBe(429);
    expect(Number(second.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    const lines = (await (await first).text()).trim().split('\n');
    expect(lines).toHaveLength(30);
    const tooMany = await errorOf(
      await post(
        '/v1/check',
        { kind: 'asserts', program: 'pass', asserts: Array(41).fill('assert f(1) == 1') },
        ALICE,
      ),
    );
    expect(tooMany).toMatchObject({ status: 400 });
    expect(tooMany.message).toContain('at most 40');
  }, 30_000);
});

describe.skipIf(!hasPython)('the Python reward function in docs (examples/serve/verl_reward.py)', () => {
  it('is the one docs/serve.md shows', () => {
    const example = readFileSync(`${repoRoot}examples/serve/verl_reward.py`, 'utf8');
    expect(readFileSync(`${repoRoot}docs/serve.md`, 'utf8')).toContain(`\`\`\`python\n${example}\`\`\``);
  });

  it('scores responses through the real server with urllib only', async () => {
    const script = `
import json, sys
sys.path.insert(0, "examples/serve")
import verl_reward
truth = json.dumps({"asserts": ["assert add(1, 2) == 3", "assert add(2, 2) == 4"]})
good = "Here:\\n\`\`\`python\\ndef add(a, b):\\n    return a + b\\n\`\`\`"
half = "\`\`\`python\\ndef add(a, b):\\n    return 3\\n\`\`\`"
hack = "\`\`\`python\\nimport sys\\nsys.exit(0)\\n\`\`\`"
io = {"cases": [{"stdin": "2\\n", "stdout": "4\\n"}]}
square = "\`\`\`python\\nn = int(input())\\nprint(n * n)\\n\`\`\`"
print(json.dumps([verl_reward.compute_score("mbpp", r, truth) for r in (good, half, hack, "no code")] + [verl_reward.compute_score("cc", square, io)]))
`;
    // Asynchronously: the server answering the script runs in this process.
    const child = spawn('python3', ['-c', script], {
      cwd: repoRoot,
      env: { ...process.env, SEMTRACE_URL: server.url, SEMTRACE_TOKEN: ALICE },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
    });
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    const code = await new Promise((resolve) => child.on('exit', resolve));
    expect(code, stderr).toBe(0);
    expect(JSON.parse(stdout)).toEqual([1, 0.5, 0, 0, 1]);
  }, 60_000);
});

describe('SIGTERM', () => {
  it('stops accepting, finishes what is in flight, and exits 0', async () => {
    const child = spawn(
      process.execPath,
      [`${repoRoot}dist/cli/main.js`, 'serve', '--backend', backend, '--workers', '1', '--port', '0'],
      { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
    });
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    const url = await new Promise<string>((resolve, reject) => {
      child.stderr.on('data', (chunk) => {
        out += chunk;
      });
      const timer = setInterval(() => {
        const match = /listening on (http:\/\/\S+)/.exec(out);
        if (match) {
          clearInterval(timer);
          resolve(match[1]!);
        }
      }, 50);
      child.on('exit', () => reject(new Error(`serve exited early: ${out}`)));
    });
    expect(out).toContain('loopback only');
    const inFlight = fetch(`${url}/v1/run`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ code: 'import time\ntime.sleep(1.5)\nprint("done")' }),
    });
    await new Promise((resolve) => setTimeout(resolve, 500));
    child.kill('SIGTERM');
    const answer = await inFlight;
    expect(answer.status).toBe(200);
    expect(await answer.json()).toMatchObject({ status: 'ok', stdout: 'done\n' });
    const code = await exited;
    expect(code).toBe(0);
    expect(out).toContain('drained');
    await expect(fetch(`${url}/healthz`)).rejects.toThrow();
  }, 60_000);
});
