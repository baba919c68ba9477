import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HostClient, request } from './host-client.js';

describe('Pyodide worker host (basic isolation)', () => {
  let host: HostClient;
  beforeAll(async () => {
    host = await HostClient.start('basic');
  });
  afterAll(() => host.close());

  it('runs a call-mode program and reports the return value', async () => {
    const code =
      'def f(text, n):\n    out = []\n    for ch in text:\n        out.append(ch * n)\n    return "".join(out)\n';
    const { result } = await host.run(request(code, { mode: 'call', call: "f('ab', 2)" }));
    expect(result.status).toBe('ok');
    expect(result.returnRepr).toBe("'aabb'");
    expect(result.steps.length).toBeGreaterThan(5);
  });

  it('runs a script with stdin', async () => {
    const { result } = await host.run(
      request('a, b = map(int, input().split())\nprint(a + b)\n', { stdin: '2 3\n' }),
    );
    expect(result.status).toBe('ok');
    expect(result.stdout).toBe('5\n');
  });

  it('gives identical results for the same request', async () => {
    const wire = request(
      's = {"x", "y", "z"}\nd = {k: hash(k) % 7 for k in s}\nprint(sorted(d.items()), list(s))\n',
    );
    const first = await host.run(wire);
    const second = await host.run(wire);
    expect(JSON.stringify(second.result)).toBe(JSON.stringify(first.result));
  });

  it('raises RecursionError cleanly at the default recursion limit', async () => {
    const code = 'def r(n):\n    return 0 if n == 0 else 1 + r(n - 1)\nr(1000)\n';
    const { result } = await host.run(request(code, { trace: false }));
    expect(result.status).toBe('error');
    expect(result.exception?.type).toBe('RecursionError');
    const traced = await host.run(request(code));
    expect(traced.result.exception?.type).toBe('RecursionError');
    const fine = await host.run(
      request('def r(n):\n    return 0 if n == 0 else 1 + r(n - 1)\nprint(r(900))\n'),
    );
    expect(fine.result.stdout).toBe('900\n');
  });

  it('stops an endless loop with timeout, even one that swallows KeyboardInterrupt', async () => {
    const limits = { timeoutMs: 300 };
    const plain = await host.run(request('while True:\n    pass\n', { trace: false, limits }));
    expect(plain.result.status).toBe('timeout');
    const stubborn =
      'while True:\n    try:\n        while True:\n            pass\n    except BaseException:\n        pass\n';
    const swallowed = await host.run(request(stubborn, { trace: false, limits }));
    expect(swallowed.result.status).toBe('timeout');
    const after = await host.run(request('print(1 + 1)\n'));
    expect(after.result.stdout).toBe('2\n');
  });

  it('stops a memory blow-up with memory_limit and keeps serving', async () => {
    const code = 'x = []\nwhile True:\n    x.append(bytearray(1 << 20))\n';
    const { result, recycled } = await host.run(
      request(code, { trace: false, limits: { memoryBytes: 128 << 20 } }),
    );
    expect(result.status).toBe('memory_limit');
    expect(recycled).toBe(true);
    const after = await host.run(request('print("still here")\n'));
    expect(after.result.stdout).toBe('still here\n');
  });
});
