import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { registerMutate } from '../../../src/cli/commands/mutate.js';
import { isSemtraceError } from '../../../src/errors.js';

/** Runs `semtrace mutate ...args` in-process and returns what it printed. */
async function runMutate(...args: string[]): Promise<string> {
  const program = new Command().exitOverride();
  registerMutate(program);
  let printed = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    printed += String(chunk);
    return true;
  });
  await program.parseAsync(['mutate', ...args], { from: 'user' });
  return printed;
}

function pythonFile(source: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'semtrace-mutate-')), 'program.py');
  writeFileSync(path, source);
  return path;
}

describe('semtrace mutate', () => {
  afterEach(() => vi.restoreAllMocks());

  it('prints JSONL mutants with their full source', async () => {
    const out = await runMutate(pythonFile('y = a + 1\n'), '--json', '--operators', 'AOR,CRP');
    const mutants = out
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { operator: string; source: string });
    expect(mutants.map((m) => [m.operator, m.source])).toEqual([
      ['AOR', 'y = a - 1\n'],
      ['CRP', 'y = a + 2\n'],
    ]);
  });

  it('prints a readable list with positions', async () => {
    const out = await runMutate(pythonFile('y = a + 1\n'), '--operators', 'AOR');
    expect(out).toMatch(/^[0-9a-f]{16} {2}AOR {3}1:6 "\+" → "-"\n1 mutant\n$/);
  });

  it('lists operators with an example each', async () => {
    const out = await runMutate('--list-operators');
    expect(out).toContain('OIL');
    expect(out).toContain('total += x  →  total += x; break');
  });

  it('reports a missing file with its code', async () => {
    const error = await runMutate(join(tmpdir(), 'no-such-dir-semtrace', 'x.py')).catch((e: unknown) => e);
    expect(isSemtraceError(error) && error.code).toBe('SEMTRACE_FILE_NOT_FOUND');
  });
});
