import { describe, expect, it } from 'vitest';
import { parseArgs, parseValue, py } from '../../../src/mutate/input/index.js';

const one = (text: string) => parseValue(text);

describe('parseValue: numbers', () => {
  it.each([
    ['0', py.int(0)],
    ['000', py.int(0)],
    ['-17', py.int(-17)],
    ['+5', py.int(5)],
    ['1_000_000', py.int(1_000_000)],
    ['0x1F', py.int(31)],
    ['0o17', py.int(15)],
    ['0b101', py.int(5)],
    ['123456789012345678901234567890', py.int(123456789012345678901234567890n)],
    ['1.5', py.float(1.5)],
    ['.5', py.float(0.5)],
    ['1.', py.float(1)],
    ['1e10', py.float(1e10)],
    ['1E-5', py.float(1e-5)],
    ['-0.0', py.float(-0)],
    ['1e999', py.float(Number.POSITIVE_INFINITY)],
    ["float('inf')", py.float(Number.POSITIVE_INFINITY)],
    ["float('-Infinity')", py.float(Number.NEGATIVE_INFINITY)],
    ["float('nan')", py.float(Number.NaN)],
    ["-float('inf')", py.float(Number.NEGATIVE_INFINITY)],
    ['2j', py.complex(0, 2)],
    ['1+2j', py.complex(1, 2)],
    ['-1.5-2j', py.complex(-1.5, -2)],
    ['-1j', py.complex(-0, -1)],
    ['complex(1, 2)', py.complex(1, 2)],
  ])('%s', (text, expected) => {
    expect(one(text)).toEqual(expected);
  });
});

describe('parseValue: strings and bytes', () => {
  it.each([
    ["'abc'", 'abc'],
    ['"a\'b"', "a'b"],
    ["'''x\ny'''", 'x\ny'],
    ['"""q"""', 'q'],
    [String.raw`'\n\t\\\'\"'`, '\n\t\\\'"'],
    [String.raw`'\x41\u00e9\U0001F600\101'`, 'Aé😀A'],
    [String.raw`'\a\b\f\v\0'`, '\x07\b\f\v\0'],
    [String.raw`'\d'`, '\\d'],
    [String.raw`r'\n\''`, String.raw`\n\'`],
    [String.raw`R"\d"`, String.raw`\d`],
    ["u'x'", 'x'],
    ["'a' 'b' \"c\"", 'abc'],
    ["'a\\\nb'", 'ab'],
  ])('%s', (text, expected) => {
    expect(one(text)).toEqual(py.str(expected));
  });

  it('decodes bytes, raw bytes and concatenated bytes', () => {
    expect(one(String.raw`b'A\x00\n\xff'`)).toEqual(py.bytes([65, 0, 10, 255]));
    expect(one(String.raw`rb'\n'`)).toEqual(py.bytes([92, 110]));
    expect(one("b'a' B'b'")).toEqual(py.bytes([97, 98]));
    expect(one(String.raw`b'\u00e9'`)).toEqual(py.bytes(Array.from('\\u00e9', (c) => c.charCodeAt(0))));
  });
});

describe('parseValue: constants and containers', () => {
  it('reads True, False, None', () => {
    expect(one('True')).toEqual(py.bool(true));
    expect(one('False')).toEqual(py.bool(false));
    expect(one('None')).toEqual(py.none());
  });

  it('reads lists, tuples, sets and dicts, nested', () => {
    expect(one('[1, [2, (3,)], ]')).toEqual(
      py.list([py.int(1), py.list([py.int(2), py.tuple([py.int(3)])])]),
    );
    expect(one('()')).toEqual(py.tuple([]));
    expect(one('(1, )')).toEqual(py.tuple([py.int(1)]));
    expect(one('(1)')).toEqual(py.int(1));
    expect(one('1, 2')).toEqual(py.tuple([py.int(1), py.int(2)]));
    expect(one('{1, 2}')).toEqual(py.set([py.int(1), py.int(2)]));
    expect(one('set()')).toEqual(py.set([]));
    expect(one("{'a': (1, 2.5), 3: None}")).toEqual(
      py.dict([
        { key: py.str('a'), value: py.tuple([py.int(1), py.float(2.5)]) },
        { key: py.int(3), value: py.none() },
      ]),
    );
    expect(one('{}')).toEqual(py.dict([]));
  });

  it('folds duplicates with Python equality', () => {
    expect(one("{1: 'a', 1.0: 'b', True: 'c'}")).toEqual(py.dict([{ key: py.int(1), value: py.str('c') }]));
    expect(one('{1, 1.0, True, 2}')).toEqual(py.set([py.int(1), py.int(2)]));
  });

  it('folds builtin constructor calls', () => {
    expect(one('dict(e=1, d=2)')).toEqual(
      py.dict([
        { key: py.str('e'), value: py.int(1) },
        { key: py.str('d'), value: py.int(2) },
      ]),
    );
    expect(one('dict()')).toEqual(py.dict([]));
    expect(one("dict([('a', 1)], b=2)")).toEqual(
      py.dict([
        { key: py.str('a'), value: py.int(1) },
        { key: py.str('b'), value: py.int(2) },
      ]),
    );
    expect(one("set('aba')")).toEqual(py.set([py.str('a'), py.str('b')]));
    expect(one("list('ab')")).toEqual(py.list([py.str('a'), py.str('b')]));
    expect(one('tuple()')).toEqual(py.tuple([]));
  });

  it('keeps non-literal expressions verbatim as opaque values', () => {
    for (const text of [
      "''.join(['A'] * 20)",
      "'st ' + 'x'",
      'thigh_o_two[:]',
      'lambda x: x < 2',
      '(lambda x: x.reverse())',
      'range(100, 120)',
      "'$78'.upper()",
      '[x * 2 for x in range(3) if x]',
      '{k: v for k, v in d.items()}',
      "f'{x}'",
      'a if b else c',
      'not x',
      '{**a, 1: 2}',
      '[*a, 1]',
      '...',
      '2 ** 10',
      '~1',
    ]) {
      expect(one(text), text).toEqual(py.expr(text));
    }
  });
});

describe('parseArgs', () => {
  it('splits positional and keyword arguments', () => {
    expect(parseArgs("[1, 1, 3], 'abc', {'k': (1, 2.5)}")).toEqual([
      { name: null, value: py.list([py.int(1), py.int(1), py.int(3)]) },
      { name: null, value: py.str('abc') },
      { name: null, value: py.dict([{ key: py.str('k'), value: py.tuple([py.int(1), py.float(2.5)]) }]) },
    ]);
    expect(parseArgs('nums = [1], target=-3')).toEqual([
      { name: 'nums', value: py.list([py.int(1)]) },
      { name: 'target', value: py.int(-3) },
    ]);
  });

  it('accepts an empty list, a trailing comma, comments and newlines', () => {
    expect(parseArgs('')).toEqual([]);
    expect(parseArgs('1,')).toEqual([{ name: null, value: py.int(1) }]);
    expect(parseArgs('[1, # one\n 2]')).toEqual([{ name: null, value: py.list([py.int(1), py.int(2)]) }]);
  });

  it('parenthesises a bare generator argument', () => {
    expect(parseArgs('x for x in y')).toEqual([{ name: null, value: py.expr('(x for x in y)') }]);
  });
});
