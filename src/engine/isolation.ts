/** Choosing the isolation level a backend runs under, from what the machine offers and what the user demands. */
import { SemtraceError } from '../errors.js';
import { probeBubblewrap } from './sandbox/bubblewrap.js';
import type { IsolationLevel } from './types.js';

/** `auto` takes the strongest level available and warns once when that is not `strict`. */
export type IsolationDemand = IsolationLevel | 'auto';

let warned = false;

export function resolveIsolation(demand: IsolationDemand, warn: (message: string) => void): IsolationLevel {
  if (demand === 'basic') return 'basic';
  const probe = probeBubblewrap();
  if (probe.available) return 'strict';
  if (demand === 'strict') {
    throw new SemtraceError(
      'SEMTRACE_ISOLATION_UNAVAILABLE',
      `strict isolation needs bubblewrap, and ${probe.reason}. Install it (Debian/Ubuntu: apt-get install bubblewrap) ` +
        'or choose --isolation basic to run without namespaces.',
    );
  }
  if (!warned) {
    warned = true;
    warn(
      `semtrace: warning: ${probe.reason}; running programs under basic isolation (separate process and ` +
        'resource limits, no filesystem or network namespaces). Install bubblewrap for strict isolation.',
    );
  }
  return 'basic';
}
