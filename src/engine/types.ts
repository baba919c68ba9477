/** Public types of the engine: what a caller sends and what comes back. */

export type EntryMode = 'script' | 'call';

/** What a program is run with: stdin for a script, a call expression such as `f([1, 2])` for a function. */
export interface ProgramInput {
  stdin?: string;
  call?: string;
}

export type RunStatus =
  | 'ok'
  | 'error'
  | 'syntax_error'
  | 'timeout'
  | 'step_limit'
  | 'memory_limit'
  | 'output_limit';

export type BackendName = 'pyodide' | 'native';

/**
 * `strict`: bubblewrap namespaces (no network, read-only filesystem, empty environment, own PID
 * namespace) plus a per-backend inner guard (native: seccomp allow-list and Landlock; Pyodide: Node's
 * permission model).
 * `landlock` (native only, where bubblewrap is missing): no namespaces, but the kernel confines files
 * (Landlock: read-only Python and system libraries, writes only in a per-program scratch) and the
 * network (seccomp: no sockets but Unix socket pairs; Landlock: no TCP).
 * `basic`: a separate process with resource limits and the inner guard, but no namespaces. For the
 * native backend this is not a sandbox: programs can read and write the host's files.
 */
export type IsolationLevel = 'strict' | 'landlock' | 'basic';

export interface RunLimits {
  /** Wall-clock limit for one program. Default 5000. */
  timeoutMs?: number;
  /** Most trace events recorded; more ends the run with `step_limit`. Default 100000. */
  maxSteps?: number;
  /** Most bytes of stdout; more ends the run with `output_limit`. Default 1 MiB. */
  maxOutputBytes?: number;
  /** Most characters of one variable's repr. Default 1000. */
  maxReprChars?: number;
  /** Most items shown of one container. Default 50. */
  maxReprItems?: number;
  /** Deepest nesting shown of containers. Default 6. */
  maxReprDepth?: number;
  /** Most characters of the call's return value (call mode). Default 100000. */
  maxReturnReprChars?: number;
  /** Memory a program may use. Default 512 MiB. */
  memoryBytes?: number;
}

export interface RunRequest {
  code: string;
  /** `script` runs the module (reads stdin, prints); `call` runs the module, then evaluates `call`. */
  mode?: EntryMode;
  /** A call expression such as `f([1, 2], 'a')`, evaluated after the module in call mode. */
  call?: string;
  stdin?: string;
  /** Record a trace (default true). `false` runs the program untraced: same result, no steps. */
  trace?: boolean;
  /** Show modules, functions and classes as variables (hidden by default). */
  showCallables?: boolean;
  /**
   * Seed for Python's `random` module before the program starts (default 0, so runs repeat exactly).
   * Running twice with different seeds shows whether a program's behaviour depends on randomness.
   */
  seed?: number;
  /**
   * Trust domain: what one party controls (e.g. a source program with its mutants and inputs).
   * Runs of one domain may share a warm interpreter with a cheap per-run restore; a run of another
   * domain never sees anything a program of this one did. Default: every request is its own domain.
   */
  domain?: string;
  limits?: RunLimits;
}

export interface VariableValue {
  repr: string;
  type: string;
}

export type TraceEvent = 'call' | 'line' | 'return' | 'exception';

/**
 * One event as CPython reported it through sys.settrace. The variables at a `line` event are the
 * frame's state *before* that line runs.
 */
export interface TraceStep {
  event: TraceEvent;
  line: number;
  func: string;
  /** Number of user frames below this one on the call stack (0 for the module and for the called function in call mode's first frame). */
  depth: number;
  locals: Record<string, VariableValue>;
  /** Text the program printed while this step ran (until the next event). */
  stdout?: string;
  /** On `return`: the returned value. */
  value?: VariableValue;
  /** On `exception`: the exception being raised through this frame. */
  exception?: { type: string; message: string };
}

export interface ExceptionInfo {
  type: string;
  message: string;
  /** Line of the innermost user frame it passed through (null when it came from outside user code). */
  line: number | null;
  column?: number | null;
  traceback: { line: number; func: string }[];
}

/** The part of a result the Python harness produces. */
export interface RunResultCore {
  status: RunStatus;
  stdout: string;
  stderr: string;
  returnRepr: string | null;
  returnType: string | null;
  exception: ExceptionInfo | null;
  steps: TraceStep[];
  stepCount: number;
}

export interface RunTimings {
  /** From submission to result, including queueing. */
  totalMs: number;
  /** Time the worker spent on the program. */
  runMs: number;
}

export interface RunResult extends RunResultCore {
  /** Python version that ran the program, e.g. "3.11.7". */
  python: string;
  backend: BackendName;
  isolation: IsolationLevel;
  /** Timings vary run to run; everything else in a result is deterministic for a backend. */
  timings: RunTimings;
}
