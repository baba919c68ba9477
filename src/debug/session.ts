/**
 * A debugging session over one recorded execution, as the `semtrace debug` command line and the viewer
 * drive it: commands in, pdb-like text out. Pure (no I/O); the state is replaced, never mutated.
 */
import { SemtraceError } from '../errors.js';
import { applyAction } from './actions/index.js';
import { DEBUG_HELP, type DebugCommand } from './command.js';
import { type DebugSnapshot, snapshot } from './snapshot.js';
import { initialState, withBreakpoint, withoutBreakpoint } from './state.js';
import type { Timeline } from './timeline.js';
import type { DebugAction, DebugState } from './types.js';

export interface CommandOutcome {
  text: string;
  /** For an action: where it started and where it landed. */
  moved?: {
    action: DebugAction;
    breakpoints: readonly number[];
    before: DebugSnapshot;
    after: DebugSnapshot;
  };
  quit?: boolean;
}

export class DebugSession {
  state: DebugState;
  private readonly source: string[];

  constructor(
    readonly timeline: Timeline,
    code: string,
    /** How the program is named in locations, e.g. `prog.py`. */
    readonly fileName = '<program>',
  ) {
    this.source = code.replace(/\n$/, '').split('\n');
    this.state = initialState(timeline);
  }

  current(): DebugSnapshot {
    return snapshot(this.timeline, this.state.position);
  }

  /** pdb's location lines for the current stop: `--Return--`, `> prog.py(9)f()->5`, `-> return b`. */
  location(): string {
    const here = this.current();
    if (here.ended) return 'The program finished.';
    const lines: string[] = [];
    if (here.event === 'call') lines.push('--Call--');
    if (here.event === 'return') lines.push('--Return--');
    if (here.event === 'exception') lines.push(here.exception ?? 'exception');
    const returned = here.event === 'return' ? `->${here.returnValue}` : '';
    lines.push(`> ${this.fileName}(${here.line})${here.func}()${returned}`);
    lines.push(`-> ${(this.source[here.line! - 1] ?? '').trim()}`);
    return lines.join('\n');
  }

  execute(command: DebugCommand): CommandOutcome {
    switch (command.kind) {
      case 'action': {
        const before = this.current();
        this.state = applyAction(this.timeline, this.state, command.action);
        const after = this.current();
        return {
          text: this.location(),
          moved: { action: command.action, breakpoints: this.state.breakpoints, before, after },
        };
      }
      case 'print':
        return { text: this.print(command.name) };
      case 'where':
        return { text: this.where() };
      case 'list':
        return { text: this.list() };
      case 'break':
        return { text: this.setBreak(command.line) };
      case 'clear':
        this.state = withoutBreakpoint(this.state, command.line);
        return {
          text:
            command.line === undefined
              ? 'Deleted all breakpoints'
              : `Deleted breakpoint at line ${command.line}`,
        };
      case 'help':
        return { text: DEBUG_HELP };
      case 'quit':
        return { text: '', quit: true };
    }
  }

  private print(name: string): string {
    const here = this.current();
    if (here.ended) return '*** The program has finished; nothing to print.';
    if (name === '__return__' && here.returnValue !== undefined) return here.returnValue;
    const value = here.locals[name];
    return value ?? `*** NameError: name '${name}' is not defined (or not shown in the trace)`;
  }

  private where(): string {
    const here = this.current();
    if (here.ended) return 'The program finished.';
    return here.stack
      .map((frame, index) => {
        const mark = index === here.stack.length - 1 ? '>' : ' ';
        return `${mark} ${this.fileName}(${frame.line})${frame.func}()\n-> ${(this.source[frame.line - 1] ?? '').trim()}`;
      })
      .join('\n');
  }

  private list(): string {
    const here = this.current();
    const line = here.line ?? this.source.length;
    const first = Math.max(1, line - 5);
    const last = Math.min(this.source.length, first + 10);
    const out: string[] = [];
    for (let number = first; number <= last; number++) {
      const breakMark = this.state.breakpoints.includes(number) ? 'B' : ' ';
      const current = number === here.line ? '->' : '  ';
      out.push(`${String(number).padStart(4)} ${breakMark}${current} ${this.source[number - 1] ?? ''}`);
    }
    return out.join('\n');
  }

  private setBreak(line: number | undefined): string {
    if (line === undefined) {
      return this.state.breakpoints.length
        ? this.state.breakpoints.map((b) => `Breakpoint at ${this.fileName}:${b}`).join('\n')
        : 'No breakpoints.';
    }
    const text = this.source[line - 1];
    if (text === undefined || text.trim() === '' || text.trim().startsWith('#')) {
      throw new SemtraceError(
        'SEMTRACE_BAD_DEBUG_COMMAND',
        `Line ${line} has no statement to stop at (the program has ${this.source.length} lines); pick a line with code.`,
      );
    }
    this.state = withBreakpoint(this.state, line);
    return `Breakpoint at ${this.fileName}:${line}`;
  }
}
