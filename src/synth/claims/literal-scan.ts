/**
 * Reading a Python literal out of prose: where a model writes "`total` is 6." or "seen = {1, 2}, so", the
 * value is the longest literal that starts there and ends at a word boundary. Pure. An expression such as
 * `0 + 1 = 1` yields the value after its last `=` (models show their arithmetic).
 */
import { skipString } from '../../common/python-scan.js';

const ATOM = /^(?:-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?|True|False|None|-?inf|[rbuRBU]?(?=['"]))/;
/** What may follow a value in prose: end, space, punctuation, a closing backtick or bracket. */
const BOUNDARY = /^(?:$|[\s,.;:!?`)*]|\.\s|\.$)/;
const OPERATOR = /^\s*(?:[-+*/%]|\/\/|\*\*)\s*[\w(['"]/;

export interface ScannedValue {
  text: string;
  end: number;
}

/** The literal starting at `start` (spaces skipped), or null when none ends at a boundary there. */
export function readLiteral(text: string, start: number): ScannedValue | null {
  let index = start;
  while (text[index] === ' ') index += 1;
  // A value quoted as code: `3`, `[1, 2]`.
  if (text[index] === '`' && text[index + 1] !== '`') index += 1;
  const from = index;
  const first = text[index];
  if (first === undefined) return null;
  if ('[({'.includes(first)) {
    const end = closingBracket(text, index);
    if (end === -1) return null;
    index = end + 1;
  } else {
    const atom = ATOM.exec(text.slice(index));
    if (!atom) return null;
    index += atom[0].length;
    if (text[index] === "'" || text[index] === '"') index = skipString(text, index);
  }
  const value = text.slice(from, index);
  if (!BOUNDARY.test(text.slice(index)) || value === '') return null;
  return { text: value, end: index };
}

function closingBracket(text: string, open: number): number {
  let depth = 0;
  let index = open;
  while (index < text.length) {
    const ch = text[index]!;
    if (ch === "'" || ch === '"') {
      index = skipString(text, index);
      continue;
    }
    if (ch === '\n') return -1;
    if ('[({'.includes(ch)) depth += 1;
    else if (')]}'.includes(ch)) {
      depth -= 1;
      if (depth === 0) return index;
    }
    index += 1;
  }
  return -1;
}

/**
 * The value a claim states from `start`: a literal, or for arithmetic shown in full (`0 + 1 = 1`,
 * `3 * 2 → 6`) the literal after the last `=` or arrow of the clause. Null when there is none.
 */
export function readClaimedValue(text: string, start: number): ScannedValue | null {
  const literal = readLiteral(text, start);
  const rest = text.slice(literal ? literal.end : start);
  const isExpression = literal === null || OPERATOR.test(rest);
  if (!isExpression) return literal;
  // The clause ends at a sentence end, a semicolon or a line break; take its last `= value`
  // (also at a closing code span, or where the next name is assigned: "`seen = set()` and `unique = []`").
  const clauseEnd = rest.search(
    /[;\n`]|\.\s|\.$|,\s+(?:so|and|then)\b|\s(?:and|while|but)\s|,\s*[A-Za-z_]\w*\s*=(?!=)/,
  );
  const clause = rest.slice(0, clauseEnd === -1 ? rest.length : clauseEnd);
  const offset = text.length - rest.length;
  let best: ScannedValue | null = null;
  for (const match of clause.matchAll(/(?:=|→|->)\s*/g)) {
    const value = readLiteral(text, offset + match.index! + match[0].length);
    if (value && !OPERATOR.test(text.slice(value.end))) best = value;
  }
  return best;
}
