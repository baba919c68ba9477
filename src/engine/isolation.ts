/** Choosing the isolation level a backend runs under, from what the machine offers and what the user demands. */
import { SemtraceError } from '../errors.js';
import { probeLandlock } from './native/probe-landlock.js';
import { probeBubblewrap } from './sandbox/bubblewrap.js';
import type { BackendName, IsolationLevel } from './types.js';

/** `auto` takes the strongest level available and warns once when that is not `strict`. */
export type IsolationDemand = IsolationLevel | 'auto';

/** What the machine offers; injectable so tests can hide bubblewrap or Landlock. */
export interface IsolationProbes {
  bubblewrap: () => { available: boolean; reason: string };
  /** The Landlock ABI version the native backend's Python sees (0: none). */
  landlock: () => number;
}

export interface IsolationContext {
  backend: BackendName;
  /** Native backend: the Python executable (Landlock is probed through it). */
  python?: string;
  warn: (message: string) => void;
  probes?: Partial<IsolationProbes>;
}

/** What each level confines, in the words of the one-time warning. */
export const ISOLATION_SUMMARY: Record<IsolationLevel, string> = {
  strict:
    'bubblewrap namespaces: no network, read-only view of only what the worker needs, own PID and IPC namespaces, ' +
    'empty environment; plus the inner guard',
  landlock:
    'no namespaces; the kernel confines files with Landlock (read-only Python installation and system libraries, ' +
    'writes only in a per-program scratch folder that is emptied after each program, nothing else of the host readable) ' +
    'and the network with seccomp (no sockets but Unix socket pairs) and Landlock (no TCP); other processes cannot be ' +
    'signalled, limited or traced; the process table and host environment variables other than the worker’s are not ' +
    'hidden',
  basic:
    'NOT a sandbox for the native backend: a separate process with resource limits and seccomp (no new processes, no ' +
    'sockets but Unix socket pairs, no signals or limits on other processes), but programs can read and write every ' +
    'host file your user can. Pyodide: Node’s permission model (no host file writes, no child processes) but the ' +
    'network is reachable',
};

let warned = false;

export function resolveIsolation(demand: IsolationDemand, context: IsolationContext): IsolationLevel {
  const probes: IsolationProbes = {
    bubblewrap: context.probes?.bubblewrap ?? probeBubblewrap,
    landlock: context.probes?.landlock ?? (() => probeLandlock(context.python ?? 'python3')),
  };
  if (demand === 'basic') return 'basic';
  if (demand === 'landlock') {
    requireLandlock(context, probes);
    return 'landlock';
  }
  const bubblewrap = probes.bubblewrap();
  if (bubblewrap.available) return 'strict';
  if (demand === 'strict') {
    throw new SemtraceError(
      'SEMTRACE_ISOLATION_UNAVAILABLE',
      `strict isolation needs bubblewrap, and ${bubblewrap.reason}. Install it (Debian/Ubuntu: apt-get install bubblewrap) ` +
        `or choose --isolation ${context.backend === 'native' ? 'landlock (Linux ≥ 5.13) or basic' : 'basic'}.`,
    );
  }
  const level: IsolationLevel = context.backend === 'native' && probes.landlock() > 0 ? 'landlock' : 'basic';
  if (!warned) {
    warned = true;
    context.warn(
      `semtrace: warning: ${bubblewrap.reason}; running ${context.backend} programs under ${level} isolation — ` +
        `${ISOLATION_SUMMARY[level]}. Install bubblewrap for strict isolation.`,
    );
  }
  return level;
}

function requireLandlock(context: IsolationContext, probes: IsolationProbes): void {
  if (context.backend !== 'native') {
    throw new SemtraceError(
      'SEMTRACE_ISOLATION_UNAVAILABLE',
      'the landlock isolation level is for the native backend; choose strict or basic for pyodide.',
    );
  }
  if (probes.landlock() <= 0) {
    throw new SemtraceError(
      'SEMTRACE_ISOLATION_UNAVAILABLE',
      'landlock isolation needs a Linux kernel with Landlock enabled (5.13 or newer, landlock in the lsm= list), ' +
        'and this one does not offer it. Install bubblewrap for strict isolation, or choose --isolation basic.',
    );
  }
}
