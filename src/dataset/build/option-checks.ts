/** Checks shared by the build's option resolvers, so each reports a bad value the same way. */
import { SemtraceError } from '../../errors.js';

/** `value` as given when it is a whole number ≥ `min`; `name` is the CLI flag without its dashes. */
export function integer(name: string, value: number, min: number): number {
  if (!Number.isSafeInteger(value) || value < min) {
    throw new SemtraceError(
      'SEMTRACE_BAD_OPTION',
      `--${name} must be an integer ≥ ${min}, got ${String(value)}`,
    );
  }
  return value;
}
