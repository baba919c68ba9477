import { Command } from 'commander';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { registerMutateInput } from '../../../src/cli/commands/mutate-input.js';
import { mutateInput } from '../../../src/mutate/input/index.js';

async function run(...argv: string[]): Promise<string> {
  const program = new Command().exitOverride();
  registerMutateInput(program);
  let out = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    out += String(chunk);
    return true;
  });
  await program.parseAsync(['mutate-input', ...argv], { from: 'user' });
  return out;
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('semtrace mutate-input', () => {
  it('prints one mutated argument list per line', async () => {
    const out = await run("[1, 2], 'ab'", '--n', '4', '--seed', '9');
    expect(out.trimEnd().split('\n')).toEqual(mutateInput("[1, 2], 'ab'", { n: 4, seed: 9 }));
  });

  it('prints JSON lines with index, input, seed and operators', async () => {
    const lines = (await run('3', '--json', '-n', '2')).trimEnd().split('\n');
    const parsed = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(parsed.map((entry) => entry.index)).toEqual([0, 1]);
    for (const entry of parsed) {
      expect(entry.seed).toBe(0);
      expect(typeof entry.input).toBe('string');
      expect(Array.isArray(entry.operators)).toBe(true);
    }
  });

  it('throws the parse error for bad input, and rejects bad flags', async () => {
    await expect(run('[1, 2')).rejects.toMatchObject({ code: 'SEMTRACE_INPUT_PARSE_ERROR' });
    await expect(run('1', '--n', 'many')).rejects.toMatchObject({ code: 'SEMTRACE_BAD_REQUEST' });
  });
});
