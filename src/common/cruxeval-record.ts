/**
 * CRUXEval's record shape and how it becomes a run: the code defines `f`, and `input` is the argument
 * text of one call. Shared by the dataset sources (which report a bad record and go on) and the task
 * loader (which stops at one), so both read the same records the same way.
 */

export interface CruxevalRecord {
  id: string;
  code: string;
  /** The argument text written inside `f(...)`. */
  input: string;
  /** The true output, a Python literal. */
  output: string;
}

/** Whether a JSON object has CRUXEval's `input` (argument text) and an `output`. */
export function hasCruxevalFields(fields: Record<string, unknown>): boolean {
  return typeof fields.input === 'string' && fields.output !== undefined;
}

/** The call a CRUXEval record runs. */
export function cruxevalCall(input: string): string {
  return `f(${input})`;
}

const DEFINES_F = /^def\s+f\s*\(/m;

/** Whether the code defines the function `f` a CRUXEval call needs. */
export function definesF(code: string): boolean {
  return DEFINES_F.test(code);
}
