/** The stepper's keyboard map, as data: the help overlay is generated from the same table. */

export type StepAction =
  | 'forward'
  | 'back'
  | 'over'
  | 'backOver'
  | 'out'
  | 'start'
  | 'end'
  | 'nextRun'
  | 'previousRun'
  | 'help'
  | 'close'
  // Debugger actions (src/debug, pdb's semantics and reverse ones)
  | 'toggleBreakpoint'
  | 'continue'
  | 'reverseContinue'
  | 'finish'
  | 'reverseFinish'
  | 'reverseNext'
  | 'until';

export interface KeyBinding {
  keys: string[];
  action: StepAction;
  description: string;
}

export const KEY_BINDINGS: KeyBinding[] = [
  { keys: ['→', 'j', 'l'], action: 'forward', description: 'next step' },
  { keys: ['←', 'k', 'h'], action: 'back', description: 'previous step' },
  { keys: ['Shift+→', 'n'], action: 'over', description: 'step over: next step in this frame or a caller' },
  { keys: ['Shift+←', 'p'], action: 'backOver', description: 'step back over calls' },
  { keys: ['o', 'u'], action: 'out', description: 'step out: run until this function returns' },
  { keys: ['Home', 'g'], action: 'start', description: 'first step' },
  { keys: ['End', 'G'], action: 'end', description: 'last step' },
  { keys: [']'], action: 'nextRun', description: 'next time the current line runs' },
  { keys: ['['], action: 'previousRun', description: 'previous time the current line runs' },
  { keys: ['b'], action: 'toggleBreakpoint', description: 'set or clear a breakpoint on the current line' },
  { keys: ['c'], action: 'continue', description: 'continue to the next breakpoint (pdb c)' },
  { keys: ['C'], action: 'reverseContinue', description: 'back to the previous breakpoint' },
  { keys: ['r'], action: 'finish', description: "run to this function's return (pdb r)" },
  { keys: ['R'], action: 'reverseFinish', description: 'back to where this function was called' },
  { keys: ['N'], action: 'reverseNext', description: "back to this frame's previous line (reverse next)" },
  {
    keys: ['t'],
    action: 'until',
    description: 'until: run to a later line of this frame, leaving a loop (pdb unt)',
  },
  { keys: ['?'], action: 'help', description: 'show or hide this help' },
  { keys: ['Esc'], action: 'close', description: 'close the help' },
];

/** The action for a key press, or undefined for keys the stepper leaves alone. */
export function actionFor(
  event: Pick<KeyboardEvent, 'key' | 'shiftKey' | 'ctrlKey' | 'metaKey' | 'altKey'>,
): StepAction | undefined {
  if (event.ctrlKey || event.metaKey || event.altKey) return undefined;
  switch (event.key) {
    case 'ArrowRight':
      return event.shiftKey ? 'over' : 'forward';
    case 'ArrowLeft':
      return event.shiftKey ? 'backOver' : 'back';
    case 'j':
    case 'l':
      return 'forward';
    case 'k':
    case 'h':
      return 'back';
    case 'n':
      return 'over';
    case 'p':
      return 'backOver';
    case 'o':
    case 'u':
      return 'out';
    case 'Home':
    case 'g':
      return 'start';
    case 'End':
    case 'G':
      return 'end';
    case ']':
      return 'nextRun';
    case '[':
      return 'previousRun';
    case 'b':
      return 'toggleBreakpoint';
    case 'c':
      return 'continue';
    case 'C':
      return 'reverseContinue';
    case 'r':
      return 'finish';
    case 'R':
      return 'reverseFinish';
    case 'N':
      return 'reverseNext';
    case 't':
      return 'until';
    case '?':
      return 'help';
    case 'Escape':
      return 'close';
    default:
      return undefined;
  }
}

/** Typing in a text box must not move the stepper. */
export function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}
