/**
 * The debugger's command line, as pdb spells it where pdb has the command (`s`, `n`, `r`, `c`, `unt`,
 * `p`, `w`, `l`, `b`, `cl`) and as gdb spells the time-travel ones (`reverse-step`, `rn`, ...). Pure.
 */
import { SemtraceError } from '../errors.js';
import type { DebugAction } from './types.js';

export type DebugCommand =
  | { kind: 'action'; action: DebugAction }
  | { kind: 'print'; name: string }
  | { kind: 'where' }
  | { kind: 'list' }
  | { kind: 'break'; line?: number }
  | { kind: 'clear'; line?: number }
  | { kind: 'help' }
  | { kind: 'quit' };

const ACTION_WORDS: Record<string, Exclude<DebugAction['name'], 'until'>> = {
  s: 'step',
  step: 'step',
  n: 'next',
  next: 'next',
  r: 'finish',
  return: 'finish',
  finish: 'finish',
  c: 'continue',
  cont: 'continue',
  continue: 'continue',
  rs: 'back',
  back: 'back',
  'reverse-step': 'back',
  rn: 'reverse-next',
  'reverse-next': 'reverse-next',
  rf: 'reverse-finish',
  'reverse-finish': 'reverse-finish',
  rc: 'reverse-continue',
  'reverse-continue': 'reverse-continue',
};

export const DEBUG_HELP = `Commands (pdb names, gdb names for time travel):
  s, step              step into: the next event of any frame
  n, next              step over: the next event of this frame
  r, return, finish    step out: run until this frame returns
  c, continue          run to the next breakpoint (or the end)
  unt, until [LINE]    run until this frame reaches LINE (default: the next line) or returns
  rs, back             one event back in time
  rn, reverse-next     back to this frame's previous event
  rf, reverse-finish   back to where this frame was called
  rc, reverse-continue back to the previous breakpoint (or the start)
  p, print NAME        a variable of the current frame
  w, where             the call stack
  l, list              the source around the current line
  b, break [LINE]      set a breakpoint (no LINE: list them)
  cl, clear [LINE]     remove a breakpoint (no LINE: all)
  h, help              this text
  q, quit              leave
An empty line repeats the last command.`;

function lineNumber(word: string | undefined, command: string): number | undefined {
  if (word === undefined) return undefined;
  if (!/^\d+$/.test(word))
    throw new SemtraceError('SEMTRACE_BAD_DEBUG_COMMAND', `"${command}" takes a line number; got "${word}".`);
  return Number(word);
}

export function parseDebugCommand(text: string): DebugCommand {
  const [word = '', ...rest] = text.trim().split(/\s+/);
  const argument = rest.join(' ');
  const action = ACTION_WORDS[word];
  if (action) return { kind: 'action', action: { name: action } };
  switch (word) {
    case 'unt':
    case 'until': {
      const line = lineNumber(rest[0], word);
      return { kind: 'action', action: line === undefined ? { name: 'until' } : { name: 'until', line } };
    }
    case 'p':
    case 'print':
      if (!argument)
        throw new SemtraceError(
          'SEMTRACE_BAD_DEBUG_COMMAND',
          `"${word}" needs a variable name, e.g. "p total".`,
        );
      return { kind: 'print', name: argument };
    case 'w':
    case 'where':
    case 'bt':
      return { kind: 'where' };
    case 'l':
    case 'list':
      return { kind: 'list' };
    case 'b':
    case 'break':
      return { kind: 'break', line: lineNumber(rest[0], word) };
    case 'cl':
    case 'clear':
      return { kind: 'clear', line: lineNumber(rest[0], word) };
    case 'h':
    case 'help':
      return { kind: 'help' };
    case 'q':
    case 'quit':
    case 'exit':
      return { kind: 'quit' };
    default:
      throw new SemtraceError(
        'SEMTRACE_BAD_DEBUG_COMMAND',
        `Unknown command "${word}". Type "help" for the list of commands.`,
      );
  }
}
