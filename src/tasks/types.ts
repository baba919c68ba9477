/** Execution-reasoning task items: what a model is asked, and the ground truth its answer is checked against. */
import type { Level, SampleInput } from '../dataset/types.js';
import type { NextState } from '../debug/next-state.js';
import type { DebugSnapshot } from '../debug/snapshot.js';
import type { DebugAction } from '../debug/types.js';
import type { EntryMode, ExceptionInfo, RunStatus, TraceStep } from '../engine/types.js';

export const TASKS = ['output', 'input', 'trace', 'state', 'debug'] as const;
export type TaskName = (typeof TASKS)[number];

/** REval-style questions about one point of a real execution. */
export type StateQuestion =
  /** The value (repr) of `variable` right after the first execution of `line`. */
  | { kind: 'value'; line: number; variable: string; answer: string }
  /** Whether `line` runs at all for this input: answer `"yes"` or `"no"`. */
  | { kind: 'covered'; line: number; answer: 'yes' | 'no' }
  /** The line that runs right after the first execution of `line` (`"-"` when the run ends there). */
  | { kind: 'next-line'; line: number; answer: string };

/** A `debug` item: a paused execution, a debugger action, and the real state after it (src/debug). */
export interface DebugQuestion {
  action: DebugAction;
  breakpoints: number[];
  /** The state the action starts from. */
  before: DebugSnapshot;
  /** The real next state: line + variables that changed (or the end of the run). */
  answer: NextState;
}

export interface TaskItem {
  /** Stable id, e.g. `sample_0` for CRUXEval, the sample id for a semtrace dataset (+ `#q<k>` for state questions). */
  id: string;
  task: TaskName;
  code: string;
  mode: EntryMode;
  /** Call mode: `{call: 'f(...)'}`; script mode: `{stdin}`. */
  input: SampleInput;
  /** The true output: the return value's repr in call mode, stdout in script mode. */
  output: string;
  /** The real trace (trace task; also kept for the viewer's predicted-vs-real view when known). */
  trace?: TraceStep[];
  question?: StateQuestion;
  /** The `debug` task's question. */
  debug?: DebugQuestion;
  /** How the real run ended, when known (renders the true trace's end: return, exception, cut short). */
  status?: RunStatus;
  /** The real run's uncaught exception, when it failed. */
  exception?: Pick<ExceptionInfo, 'type' | 'message' | 'line'> | null;
  /** For reports: breakdowns by level, trace length and mutation operator. */
  meta: {
    level?: Level;
    traceLength?: number;
    operator?: string;
    sourceId?: string;
    split?: string;
    /** Debug task: the action's name, for the breakdown by action. */
    action?: string;
  };
}
