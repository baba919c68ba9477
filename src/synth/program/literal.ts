/** Whether a repr can be written back as a Python literal in a test (`<object at 0x…>` cannot). Pure. */
import { parseValue } from '../../mutate/input/parser.js';
import type { PyValue } from '../../mutate/input/value.js';

function literalOnly(value: PyValue): boolean {
  switch (value.kind) {
    case 'expr':
      return false;
    case 'float':
      // nan is never equal to itself, so `assert f(x) == nan` could never pass.
      return !Number.isNaN(value.value);
    case 'list':
    case 'tuple':
    case 'set':
      return value.items.every(literalOnly);
    case 'dict':
      return value.entries.every((entry) => literalOnly(entry.key) && literalOnly(entry.value));
    default:
      return true;
  }
}

export function isLiteralRepr(repr: string): boolean {
  try {
    return literalOnly(parseValue(repr));
  } catch {
    return false;
  }
}
