/**
 * Values as SemCoder writes them: the repr read as a JSON value where it is one (`1`, `["a", "b"]`,
 * `null`, `true`), otherwise a string — a `str` without its quotes (`"abc"`), anything else as its repr
 * (`"(1, 2)"`, `"{'k': 1}"`). That is what SemCoder's `handle_value` does with PySnooper's reprs,
 * except where its shortcuts change the value (docs/formats.md lists each case); there we write the
 * value it meant:
 * - a list repr with quotes rewritten to `"` that no longer reads back as the same list
 *   (`[('74', 31)]` became `[("74", 31)]`, `['a', None]` became `["a", None]`): the repr unchanged;
 * - a `str` whose repr has escapes (`'a\nb'` kept the backslash as text): the decoded string;
 * - in `[OUTPUT]`, a `str` is always quoted (released: `(x)` and `"x"` were written bare) and quotes or
 *   backslashes inside are escaped; a repr that is not JSON (`inf`, `b'x'`) is written as it is
 *   (released: quoted, as if it were a string).
 */
import type { VariableValue } from '../engine/types.js';
import { decodePythonString, dumps, dumpsString, loadsPython, type PyJson, pyString } from './python-json.js';

const SPECIAL: Record<string, PyJson> = {
  None: { kind: 'null' },
  "''": pyString(''),
  '[]': { kind: 'list', items: [] },
  '{}': { kind: 'object', entries: new Map() },
  True: { kind: 'bool', value: true },
  False: { kind: 'bool', value: false },
};

/** What SemCoder's `handle_value` makes of a repr, faults included. */
export function releasedValue(repr: string): PyJson {
  const text = isListRepr(repr) ? repr.replaceAll("'", '"') : repr;
  const parsed = loadsPython(text);
  if (parsed) return parsed;
  const special = SPECIAL[text];
  if (special) return special;
  return pyString(text.startsWith("'") ? text.slice(1, -1) : text);
}

function isListRepr(repr: string): boolean {
  return repr.startsWith('[') && repr.endsWith(']');
}

/** True when rewriting a list repr's quotes changed what it says (the list is then kept as its repr). */
function listRewriteCorrupts(repr: string): boolean {
  if (!isListRepr(repr) || !repr.includes("'")) return false;
  // A `"` in the repr means a string held a quote: after the rewrite the quotes no longer pair up.
  return repr.includes('"') || loadsPython(repr.replaceAll("'", '"')) === null;
}

/** The value in a `[STATE-k]` object or `[INPUT]`: SemCoder's reading, or the correct one where it errs. */
export function stateValue(value: VariableValue, values: SemcoderValues = 'corrected'): PyJson {
  if (values === 'released') return releasedValue(value.repr);
  if (value.type === 'str') {
    const decoded = decodePythonString(value.repr);
    if (decoded === null) return pyString(value.repr);
    const released = releasedValue(value.repr);
    return released.kind === 'string' && released.value === decoded ? released : pyString(decoded);
  }
  if (listRewriteCorrupts(value.repr)) return pyString(value.repr);
  return releasedValue(value.repr);
}

const STANDALONE = [
  ['"', '"'],
  ["'", "'"],
  ['(', ')'],
  ['{', '}'],
] as const;

/** What SemCoder's `convertv2s(…, output=True)` writes for a value `handle_value` returned. */
export function releasedOutputText(value: PyJson): string {
  if (value.kind === 'bool') return value.value ? 'True' : 'False';
  if (value.kind === 'null') return 'None';
  if (value.kind === 'string') {
    const text = value.value;
    const bare = STANDALONE.some(([open, close]) => text.startsWith(open) && text.endsWith(close));
    return bare ? text : `"${text}"`;
  }
  return dumps(value);
}

/**
 * How values are written: `corrected` (the default) fixes the released faults listed above; `released`
 * reproduces them byte for byte (to check the rest of the format against the released code).
 */
export type SemcoderValues = 'corrected' | 'released';

/** A quote, a backslash or a control character: the text cannot simply be put between quotes. */
function needsEscape(text: string): boolean {
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code < 0x20 || text[index] === '"' || text[index] === '\\') return true;
  }
  return false;
}

/** The text inside `[OUTPUT] … [/OUTPUT]` for the returned value. */
export function outputText(value: VariableValue, values: SemcoderValues = 'corrected'): string {
  if (values === 'released') return releasedOutputText(releasedValue(value.repr));
  if (value.type === 'str') {
    const text = decodePythonString(value.repr) ?? value.repr;
    return needsEscape(text) ? dumpsString(text) : `"${text}"`;
  }
  if (listRewriteCorrupts(value.repr)) return value.repr;
  const released = releasedValue(value.repr);
  // A repr that is not JSON is a Python literal on its own: written as it is, never as a string.
  return released.kind === 'string' ? value.repr : releasedOutputText(released);
}
