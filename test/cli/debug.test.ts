/** `semtrace debug` driven through its standard input, as a person would type at it. */
import { spawn } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { type FakeServer, startFakeOpenAIServer } from '../support/fake-openai-server.js';
import { repoRoot } from '../support/paths.js';

const PROGRAM = 'test/fixtures/programs/debug_nested.py';

let server: FakeServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** The CLI from source (tsx); `commands` are written to its stdin, one per line. */
function debug(
  args: string[],
  commands: string[],
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'debug', PROGRAM, ...args], {
      cwd: repoRoot,
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(`${commands.join('\n')}\n`);
  });
}

/** The answer printed after the `nth` prompt that ran `command`. */
function answerTo(stdout: string, command: string, nth = 0): string {
  const parts = stdout.split('(semtrace-debug) ');
  const matching = parts.filter((part) => part.split('\n')[0] === command);
  const part = matching[nth];
  if (part === undefined) throw new Error(`no answer to "${command}" #${nth} in:\n${stdout}`);
  return part.split('\n').slice(1).join('\n').trimEnd();
}

describe('semtrace debug', () => {
  it('steps, steps over, prints, shows the stack and the source, like pdb', {
    timeout: 120_000,
  }, async () => {
    const run = await debug(
      ['--backend', 'native'],
      ['n', 'n', 's', 'n', 's', 'where', 'p x', 'p nope', 'r', 'l', 'q'],
    );
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout.startsWith('> debug_nested.py(1)<module>()\n-> def g(x):\n')).toBe(true);
    expect(answerTo(run.stdout, 's', 0)).toBe('--Call--\n> debug_nested.py(5)f()\n-> def f(a):');
    expect(answerTo(run.stdout, 'n', 2)).toBe('> debug_nested.py(6)f()\n-> b = g(a)');
    expect(answerTo(run.stdout, 's', 1)).toBe('--Call--\n> debug_nested.py(1)g()\n-> def g(x):');
    expect(answerTo(run.stdout, 'where')).toBe(
      [
        '  debug_nested.py(10)<module>()',
        '-> print(f(3))',
        '  debug_nested.py(6)f()',
        '-> b = g(a)',
        '> debug_nested.py(1)g()',
        '-> def g(x):',
      ].join('\n'),
    );
    expect(answerTo(run.stdout, 'p x')).toBe('3');
    expect(answerTo(run.stdout, 'p nope')).toMatch(/^\*\*\* NameError: name 'nope'/);
    expect(answerTo(run.stdout, 'r')).toBe('--Return--\n> debug_nested.py(3)g()->4\n-> return y');
    expect(answerTo(run.stdout, 'l')).toContain('   3  ->     return y');
  });

  it('continues to breakpoints, travels back, repeats on an empty line, refuses bad commands', {
    timeout: 120_000,
  }, async () => {
    const run = await debug(
      ['--backend', 'native'],
      [
        'break 8',
        'c',
        '',
        'p i',
        'rc',
        'p i',
        'rn',
        'rf',
        'rs',
        'until 2',
        'break 4',
        'frobnicate',
        'c',
        'c',
        'c',
        'q',
      ],
    );
    expect(run.code, run.stderr).toBe(0);
    expect(answerTo(run.stdout, 'break 8')).toBe('Breakpoint at debug_nested.py:8');
    expect(answerTo(run.stdout, 'c')).toBe('> debug_nested.py(8)f()\n-> b += i');
    expect(answerTo(run.stdout, 'p i', 0)).toBe('1');
    expect(answerTo(run.stdout, 'p i', 1)).toBe('0');
    expect(answerTo(run.stdout, 'rn')).toBe('> debug_nested.py(7)f()\n-> for i in range(2):');
    expect(answerTo(run.stdout, 'rf')).toBe('> debug_nested.py(10)<module>()\n-> print(f(3))');
    expect(answerTo(run.stdout, 'rs')).toBe('> debug_nested.py(5)<module>()\n-> def f(a):');
    expect(answerTo(run.stdout, 'until 2')).toMatch(/^\*\*\* "until" needs a line after the current one/);
    expect(answerTo(run.stdout, 'break 4')).toMatch(/^\*\*\* Line 4 has no statement/);
    expect(answerTo(run.stdout, 'frobnicate')).toMatch(/^\*\*\* Unknown command "frobnicate"/);
    // Back at line 5, `continue` meets both hits of the breakpoint again, then the end.
    expect(answerTo(run.stdout, 'c', 2)).toBe('> debug_nested.py(8)f()\n-> b += i');
    expect(answerTo(run.stdout, 'c', 4)).toBe('The program finished.');
  });

  it('shows a model prediction beside the real next state, differences marked', {
    timeout: 120_000,
  }, async () => {
    server = await startFakeOpenAIServer({
      respond: (request) =>
        request.prompt.includes('Command: next')
          ? { kind: 'answer', texts: ['The next line defines f. {"line": 5, "changed": {}}'] }
          : { kind: 'answer', texts: ['```json\n{"line": 2, "changed": {"x": "4"}}\n```'] },
    });
    const run = await debug(
      ['--backend', 'native', '--model', 'fake', '--base-url', server.baseURL],
      ['n', 'n', 's', 's', 'q'],
    );
    expect(run.code, run.stderr).toBe(0);
    expect(answerTo(run.stdout, 'n', 0)).toContain('  predicted: line 5\n  real:      line 5\n  ✓ exact');
    // Second `next` lands on line 10; the model said 5.
    expect(answerTo(run.stdout, 'n', 1)).toContain('  ✗ line: 5 ≠ 10');
    // `s` into f: the model says line 2 with x=4; really the call of f with a=3.
    expect(answerTo(run.stdout, 's', 0)).toContain('  real:      line 5  a=3');
    expect(answerTo(run.stdout, 's', 0)).toContain('x: 4 (unchanged); a: missed (3)');
    expect(server.requests).toHaveLength(4);
    expect(server.requests[0]!.prompt).toContain('  1  def g(x):');
  });
});
