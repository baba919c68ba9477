/** Which samples a viewer page shows: a pure predicate over one Sample. */
import type { RunStatus } from '../../engine/types.js';
import type { Level, Sample } from '../types.js';

export interface SampleFilter {
  level?: Level;
  /**
   * Mutation operator code (e.g. `AOR`): samples whose mutation used it. `none` selects samples of
   * unmutated programs.
   */
  operator?: string;
  status?: RunStatus;
  minTraceLength?: number;
  maxTraceLength?: number;
  /** Case-insensitive substring of the program's code. */
  text?: string;
}

export function isEmptyFilter(filter: SampleFilter | undefined): boolean {
  if (!filter) return true;
  return Object.values(filter).every((value) => value === undefined || value === '');
}

/** Builds the predicate once, so a scan over many samples does not re-derive it per record. */
export function compileFilter(filter: SampleFilter | undefined): (sample: Sample) => boolean {
  if (!filter || isEmptyFilter(filter)) return () => true;
  const { level, operator, status, minTraceLength, maxTraceLength } = filter;
  const needle = filter.text ? filter.text.toLowerCase() : undefined;
  return (sample) => {
    if (level !== undefined && sample.level !== level) return false;
    if (status !== undefined && sample.status !== status) return false;
    if (minTraceLength !== undefined && sample.traceLength < minTraceLength) return false;
    if (maxTraceLength !== undefined && sample.traceLength > maxTraceLength) return false;
    if (operator !== undefined && operator !== '') {
      if (operator === 'none') {
        if (sample.mutation !== null) return false;
      } else if (!sample.mutation?.operators.includes(operator)) return false;
    }
    if (needle !== undefined && !sample.code.toLowerCase().includes(needle)) return false;
    return true;
  };
}
