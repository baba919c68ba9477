import { describe, expect, it } from 'vitest';
import {
  type PyValue,
  parseArgs,
  parseValue,
  printArgs,
  printValue,
  py,
} from '../../../src/mutate/input/index.js';

describe('printValue: Python repr style', () => {
  const cases: [PyValue, string][] = [
    [py.int(-3), '-3'],
    [py.int(2n ** 100n), '1267650600228229401496703205376'],
    [py.float(1), '1.0'],
    [py.float(-0), '-0.0'],
    [py.float(0.1), '0.1'],
    [py.float(1e16), '1e+16'],
    [py.float(123456789012345.6), '123456789012345.6'],
    [py.float(1.5e-5), '1.5e-05'],
    [py.float(0.0001), '0.0001'],
    [py.float(1e22), '1e+22'],
    [py.float(2.5e-300), '2.5e-300'],
    [py.float(Number.POSITIVE_INFINITY), "float('inf')"],
    [py.float(Number.NEGATIVE_INFINITY), "float('-inf')"],
    [py.float(Number.NaN), "float('nan')"],
    [py.complex(0, 2), '2j'],
    [py.complex(1, -2.5), '(1-2.5j)'],
    [py.complex(-0, -1), 'complex(-0.0, -1.0)'],
    [py.complex(0, -2), '(0-2j)'],
    [py.complex(Number.POSITIVE_INFINITY, 1), "complex(float('inf'), 1.0)"],
    [py.bool(true), 'True'],
    [py.none(), 'None'],
    [py.str("it's"), '"it\'s"'],
    [py.str('say "hi" it\'s'), `'say "hi" it\\'s'`],
    [
      py.str('tab\there\nnl\\ \x00 \x7f é \u00a0 \u200b 😀 \ud800'),
      "'tab\\there\\nnl\\\\ \\x00 \\x7f é \\xa0 \\u200b 😀 \\ud800'",
    ],
    [py.bytes([0, 39, 65, 127, 255]), `b"\\x00'A\\x7f\\xff"`],
    [py.list([]), '[]'],
    [py.tuple([]), '()'],
    [py.tuple([py.int(1)]), '(1,)'],
    [py.set([]), 'set()'],
    [py.set([py.int(2), py.int(1)]), '{2, 1}'],
    [py.dict([{ key: py.str('a'), value: py.list([py.none()]) }]), "{'a': [None]}"],
    [py.expr('lambda x: x'), 'lambda x: x'],
  ];
  it.each(cases.map(([value, text]) => [text, value] as const))('%s', (text, value) => {
    expect(printValue(value)).toBe(text);
  });

  it('sorts set items only when asked', () => {
    expect(printValue(py.set([py.int(2), py.int(1)]), { sortSets: true })).toBe('{1, 2}');
  });

  it('prints arguments with keywords', () => {
    expect(printArgs(parseArgs('  [1,2] ,k = "x"'))).toBe("[1, 2], k='x'");
  });
});

describe('round trip: parse(print(v)) equals v', () => {
  const samples: PyValue[] = [
    py.list([py.int(1), py.float(2.5), py.str('x\'"\\'), py.bytes([1, 200]), py.none(), py.bool(false)]),
    py.tuple([py.tuple([]), py.tuple([py.set([])]), py.dict([])]),
    py.dict([{ key: py.tuple([py.int(1), py.str('a')]), value: py.set([py.float(0.5), py.complex(1, 1)]) }]),
    py.float(-0),
    py.float(Number.NEGATIVE_INFINITY),
    py.complex(Number.NaN, -0),
    py.complex(0, -2),
    py.complex(-0, 2),
    py.complex(1.5, -0),
    py.str('\u0085\u2028\ufeff\t\r'),
    py.int(-(10n ** 40n)),
    py.list([py.expr('lambda: 1'), py.expr('x[1:2]')]),
  ];
  it.each(samples.map((value) => [printValue(value), value]))('%s', (_text, value) => {
    expect(parseValue(printValue(value))).toEqual(value);
  });
});
