import { printComplex, printFloat, reprBytes, reprStr } from './repr.js';
import type { PyArgs, PyValue } from './value.js';

export interface PrintOptions {
  /**
   * Print set items sorted by their text. Python's set order depends on hashes, so two sets that differ
   * only in source order are the same value; sorting gives them one text for de-duplication.
   */
  readonly sortSets?: boolean;
}

/**
 * Prints a value as Python source in the style of Python's own `repr`: `'str'` quoting with escapes,
 * `(1,)` and `()` tuples, `set()` for the empty set, shortest floats; non-finite floats become
 * `float('inf')` and opaque expressions print verbatim.
 */
export function printValue(value: PyValue, options: PrintOptions = {}): string {
  const print = (item: PyValue): string => printValue(item, options);
  switch (value.kind) {
    case 'int':
      return value.value.toString();
    case 'float':
      return printFloat(value.value);
    case 'complex':
      return printComplex(value.real, value.imag);
    case 'bool':
      return value.value ? 'True' : 'False';
    case 'none':
      return 'None';
    case 'str':
      return reprStr(value.value);
    case 'bytes':
      return reprBytes(value.value);
    case 'list':
      return `[${value.items.map(print).join(', ')}]`;
    case 'tuple':
      return value.items.length === 1
        ? `(${print(value.items[0] as PyValue)},)`
        : `(${value.items.map(print).join(', ')})`;
    case 'set': {
      if (value.items.length === 0) return 'set()';
      const texts = value.items.map(print);
      if (options.sortSets) texts.sort();
      return `{${texts.join(', ')}}`;
    }
    case 'dict':
      return `{${value.entries.map((entry) => `${print(entry.key)}: ${print(entry.value)}`).join(', ')}}`;
    case 'expr':
      return value.source;
  }
}

/** Prints an argument list the way it is written inside `f(...)`: `1, 'a', key=[2]`. */
export function printArgs(args: PyArgs, options: PrintOptions = {}): string {
  return args
    .map((arg) => (arg.name === null ? '' : `${arg.name}=`) + printValue(arg.value, options))
    .join(', ');
}
