/** The viewer's server over real loopback HTTP: what it serves, what it refuses, and its errors. */
import { readFileSync, writeFileSync } from 'node:fs';
import { mkdir, mkdtemp } from 'node:fs/promises';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEngine, type Engine } from '../../src/engine/engine.js';
import { harnessSourceDir } from '../../src/engine/pyodide/harness-files.js';
import { isSemtraceError } from '../../src/errors.js';
import { mutateProgram } from '../../src/mutate/program/index.js';
import type { ProgramView } from '../../src/viewer/api-types.js';
import { pyodideDir } from '../../src/viewer/server/asset-dirs.js';
import { startViewer, type Viewer } from '../../src/viewer/server/start-viewer.js';
import { repoRoot } from '../support/paths.js';
import { ensureAppBuild } from './support/browser.js';

const PROGRAM = 'def f(xs):\n    total = 0\n    for x in xs:\n        total += x * 2\n    return total\n';

/** A raw request, so paths like `/../x` reach the server unnormalised. */
function raw(url: string, path: string, headers: Record<string, string> = {}) {
  const { hostname, port } = new URL(url);
  return new Promise<{ status: number; body: string; headers: Record<string, unknown> }>(
    (resolve, reject) => {
      const req = httpRequest({ hostname, port, path, headers }, (res) => {
        let body = '';
        res.on('data', (chunk) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
      });
      req.on('error', reject);
      req.end();
    },
  );
}

async function rejection(promise: Promise<unknown>): Promise<{ code: string; message: string }> {
  try {
    await promise;
  } catch (error) {
    if (isSemtraceError(error)) return { code: error.code, message: error.message };
    throw error;
  }
  throw new Error('expected a SemtraceError');
}

let dir: string;
let programPath: string;
let engine: Engine;
let viewer: Viewer;

beforeAll(async () => {
  await ensureAppBuild();
  dir = await mkdtemp(join(tmpdir(), 'semtrace-view-'));
  programPath = join(dir, 'prog.py');
  writeFileSync(programPath, PROGRAM);
  engine = await createEngine({ backend: 'native', workers: 1 });
  viewer = await startViewer({ path: programPath, backend: 'native', call: 'f([1, 2, 3])' });
});

afterAll(async () => {
  await viewer?.close();
  await engine?.close();
});

describe('viewer server', () => {
  it('listens on 127.0.0.1 and serves the app for client routes', async () => {
    expect(viewer.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const home = await raw(viewer.url, '/');
    expect(home.status).toBe(200);
    expect(home.body).toContain('<div id="app">');
    expect(home.headers['cross-origin-opener-policy']).toBe('same-origin');
    expect(home.headers['cross-origin-embedder-policy']).toBe('require-corp');
    expect((await raw(viewer.url, '/dataset/sample/x')).body).toContain('<div id="app">');
  });

  it('runs a .py program in the engine and answers the same result as a direct run', async () => {
    const session = await (await fetch(`${viewer.url}api/session`)).json();
    expect(session).toEqual({ kind: 'program', title: 'prog.py' });
    const view = (await (await fetch(`${viewer.url}api/program`)).json()) as ProgramView;
    const direct = await engine.run({ code: PROGRAM, mode: 'call', call: 'f([1, 2, 3])' });
    expect(view.code).toBe(PROGRAM);
    expect(view.input).toEqual({ call: 'f([1, 2, 3])' });
    expect(view.result.returnRepr).toBe('12');
    expect(view.result.steps).toEqual(direct.steps);
  });

  it('never serves a file outside its roots', async () => {
    const secret = readFileSync(join(repoRoot, 'package.json'), 'utf8').slice(0, 40);
    const appIndex = readFileSync(join(repoRoot, 'dist', 'viewer', 'app', 'index.html'), 'utf8');
    const pyodidePackage = readFileSync(join(pyodideDir(), 'package.json'), 'utf8');
    for (const path of [
      '/../package.json',
      '/..%2f..%2fpackage.json',
      '/%2e%2e/%2e%2e/package.json',
      '/assets/..%2f..%2f..%2f..%2fpackage.json',
      '/pyodide/..%2f..%2f..%2fpackage.json',
      '/pyodide/%2e%2e/%2e%2e/%2e%2e/package.json',
      '/harness/..%2f..%2f..%2f..%2fpackage.json',
      '/..%5c..%5cpackage.json',
      '/%00package.json',
      '/%E0%A4%A',
    ]) {
      const answer = await raw(viewer.url, path);
      expect(answer.body, path).not.toContain(secret);
      expect([200, 404], path).toContain(answer.status);
      // A `..` that stays inside a root is harmless: /pyodide/../../package.json is pyodide's own.
      if (answer.status === 200) expect([appIndex, pyodidePackage], path).toContain(answer.body);
    }
  });

  it('serves the Pyodide package and exactly the engine harness files', async () => {
    const module = await raw(viewer.url, '/pyodide/pyodide.mjs');
    expect(module.status).toBe(200);
    expect(module.headers['content-type']).toContain('text/javascript');
    const wasm = await fetch(`${viewer.url}pyodide/pyodide.asm.wasm`, { method: 'HEAD' });
    expect(wasm.headers.get('content-type')).toBe('application/wasm');
    const tracer = await raw(viewer.url, '/harness/semtrace_tracer.py');
    expect(tracer.body).toBe(readFileSync(join(harnessSourceDir(), 'semtrace_tracer.py'), 'utf8'));
    expect((await raw(viewer.url, '/harness/semtrace_native_worker.py')).status).toBe(404);
  });

  it('refuses requests for other host names (DNS rebinding)', async () => {
    const answer = await raw(viewer.url, '/api/session', { Host: 'attacker.example' });
    expect(answer.status).toBe(400);
    expect(JSON.parse(answer.body).error.code).toBe('SEMTRACE_BAD_REQUEST');
  });

  it('answers errors as JSON with codes', async () => {
    const wrongKind = await fetch(`${viewer.url}api/dataset/manifest`);
    expect(wrongKind.status).toBe(400);
    const body = await wrongKind.json();
    expect(body.error.code).toBe('SEMTRACE_BAD_REQUEST');
    expect(body.error.message).toContain('opened on a program');
    const unknown = await fetch(`${viewer.url}api/nothing`);
    expect(unknown.status).toBe(404);
    expect((await unknown.json()).error.message).toContain('no API route');
  });

  it('makes the mutation engine mutants of posted code, JSON only', async () => {
    const answer = await fetch(`${viewer.url}api/mutate`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ code: PROGRAM, max: 5 }),
    });
    const { mutants } = await answer.json();
    const expected = await mutateProgram(PROGRAM, { max: 5 });
    expect(mutants.map((m: { id: string }) => m.id)).toEqual(expected.map((m) => m.id));
    expect(mutants.length).toBe(5);
    const form = await fetch(`${viewer.url}api/mutate`, { method: 'POST', body: 'code=x' });
    expect(form.status).toBe(400);
    const broken = await fetch(`${viewer.url}api/mutate`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ code: 'def (:' }),
    });
    expect((await broken.json()).error.code).toBe('SEMTRACE_PARSE_ERROR');
  });

  it('opens a result JSON, with its source when given', async () => {
    const result = await engine.run({ code: PROGRAM, mode: 'call', call: 'f([4])' });
    const resultPath = join(dir, 'result.json');
    writeFileSync(resultPath, JSON.stringify(result));
    const bare = await startViewer({ path: resultPath });
    const withSource = await startViewer({ path: resultPath, source: programPath });
    try {
      const first = (await (await fetch(`${bare.url}api/program`)).json()) as ProgramView;
      expect(first.code).toBeNull();
      expect(first.result).toEqual(result);
      const second = (await (await fetch(`${withSource.url}api/program`)).json()) as ProgramView;
      expect(second.code).toBe(PROGRAM);
    } finally {
      await bare.close();
      await withSource.close();
    }
  });

  it('says which paths it cannot view, and when the port is taken', async () => {
    const text = join(dir, 'notes.txt');
    writeFileSync(text, 'hello');
    expect((await rejection(startViewer({ path: text }))).code).toBe('SEMTRACE_VIEW_PATH_UNSUPPORTED');
    const empty = join(dir, 'empty');
    await mkdir(empty);
    const unsupported = await rejection(startViewer({ path: empty }));
    expect(unsupported.code).toBe('SEMTRACE_VIEW_PATH_UNSUPPORTED');
    expect(unsupported.message).toContain('manifest.json');
    const notJson = join(dir, 'bad.json');
    writeFileSync(notJson, '{"status": "ok"}');
    expect((await rejection(startViewer({ path: notJson }))).code).toBe('SEMTRACE_VIEW_PATH_UNSUPPORTED');
    expect((await rejection(startViewer({ path: join(dir, 'missing.py') }))).code).toBe(
      'SEMTRACE_FILE_NOT_FOUND',
    );
    const taken = await rejection(startViewer({ port: viewer.port }));
    expect(taken.code).toBe('SEMTRACE_PORT_IN_USE');
    expect(taken.message).toContain(`port ${viewer.port}`);
    expect(taken.message).toContain('--port 0');
  });
});
