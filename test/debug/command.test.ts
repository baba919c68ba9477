import { describe, expect, it } from 'vitest';
import { parseDebugCommand } from '../../src/debug/command.js';

describe('debugger commands', () => {
  it("reads pdb's names and gdb's reverse ones", () => {
    expect(parseDebugCommand('s')).toEqual({ kind: 'action', action: { name: 'step' } });
    expect(parseDebugCommand(' n ')).toEqual({ kind: 'action', action: { name: 'next' } });
    expect(parseDebugCommand('r')).toEqual({ kind: 'action', action: { name: 'finish' } });
    expect(parseDebugCommand('c')).toEqual({ kind: 'action', action: { name: 'continue' } });
    expect(parseDebugCommand('unt 12')).toEqual({ kind: 'action', action: { name: 'until', line: 12 } });
    expect(parseDebugCommand('until')).toEqual({ kind: 'action', action: { name: 'until' } });
    expect(parseDebugCommand('rn')).toEqual({ kind: 'action', action: { name: 'reverse-next' } });
    expect(parseDebugCommand('reverse-step')).toEqual({ kind: 'action', action: { name: 'back' } });
    expect(parseDebugCommand('rf')).toEqual({ kind: 'action', action: { name: 'reverse-finish' } });
    expect(parseDebugCommand('rc')).toEqual({ kind: 'action', action: { name: 'reverse-continue' } });
  });

  it('reads the inspection commands', () => {
    expect(parseDebugCommand('p total')).toEqual({ kind: 'print', name: 'total' });
    expect(parseDebugCommand('bt')).toEqual({ kind: 'where' });
    expect(parseDebugCommand('l')).toEqual({ kind: 'list' });
    expect(parseDebugCommand('b 8')).toEqual({ kind: 'break', line: 8 });
    expect(parseDebugCommand('break')).toEqual({ kind: 'break', line: undefined });
    expect(parseDebugCommand('cl')).toEqual({ kind: 'clear', line: undefined });
    expect(parseDebugCommand('q')).toEqual({ kind: 'quit' });
  });

  it('refuses unknown commands and bad line numbers with a typed error', () => {
    expect(() => parseDebugCommand('jump 3')).toThrow(/Unknown command "jump"/);
    expect(() => parseDebugCommand('b eight')).toThrow(/takes a line number/);
    expect(() => parseDebugCommand('p')).toThrow(/needs a variable name/);
    let caught: unknown;
    try {
      parseDebugCommand('zzz');
    } catch (error) {
      caught = error;
    }
    expect((caught as { code?: string } | undefined)?.code).toBe('SEMTRACE_BAD_DEBUG_COMMAND');
  });
});
