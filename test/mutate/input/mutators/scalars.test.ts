import { describe, expect, it } from 'vitest';
import { py } from '../../../../src/mutate/input/index.js';
import { mutatorNamed, runMany, texts } from './helpers.js';

describe('int mutators', () => {
  it('steps, negates and zeroes', () => {
    expect(texts(runMany('int-plus-one', py.int(41), 1))).toEqual(['42']);
    expect(texts(runMany('int-minus-one', py.int(0), 1))).toEqual(['-1']);
    expect(texts(runMany('int-negate', py.int(7), 1))).toEqual(['-7']);
    expect(runMany('int-negate', py.int(0))).toEqual([]);
    expect(runMany('int-zero', py.int(0))).toEqual([]);
  });

  it('picks boundary values other than the current one', () => {
    const values = new Set(texts(runMany('int-boundary', py.int(1), 200)));
    expect(values).toContain('2147483647');
    expect(values).toContain('-1');
    expect(values).not.toContain('1');
  });

  it('draws random ints that differ from the value', () => {
    const values = runMany('int-random', py.int(5), 100);
    expect(values.length).toBeGreaterThan(80);
    for (const value of values) expect(value).not.toEqual(py.int(5));
  });
});

describe('float mutators', () => {
  it('scales, negates, zeroes and nudges', () => {
    for (const value of runMany('float-scale', py.float(8.5)))
      expect([17, 4.25, 85, 0.85]).toContain(value.kind === 'float' && value.value);
    expect(texts(runMany('float-negate', py.float(2.5), 1))).toEqual(['-2.5']);
    expect(runMany('float-negate', py.float(0))).toEqual([]);
    expect(texts(runMany('float-zero', py.float(3), 1))).toEqual(['0.0']);
    expect(runMany('float-nudge', py.float(1)).every((v) => v.kind === 'float' && v.value !== 1)).toBe(true);
  });

  it('uses infinities but never NaN', () => {
    const values = new Set(texts(runMany('float-special', py.float(1), 50)));
    expect([...values].sort()).toEqual(["float('-inf')", "float('inf')"]);
  });
});

describe('complex, bool and None', () => {
  it('negates and conjugates complex numbers', () => {
    expect(texts(runMany('complex-negate', py.complex(1, 2), 1))).toEqual(['(-1-2j)']);
    expect(texts(runMany('complex-conjugate', py.complex(1, 2), 1))).toEqual(['(1-2j)']);
    expect(runMany('complex-random-part', py.complex(1, 2)).every((v) => v.kind === 'complex')).toBe(true);
  });

  it('flips bools', () => {
    expect(runMany('bool-flip', py.bool(true), 1)).toEqual([py.bool(false)]);
  });

  it('has no same-typed mutator for None', () => {
    expect(mutatorNamed('retype-scalar').changesShape).toBe(true);
  });
});

describe('str and bytes mutators', () => {
  it.each([
    ['str-insert-char', 'abc', (s: string) => s.length === 4],
    ['str-delete-char', 'abc', (s: string) => s.length === 2],
    ['str-replace-char', 'abc', (s: string) => s.length === 3 && s !== 'abc'],
    ['str-swap-case', 'aBc', (s: string) => s === 'AbC'],
    ['str-repeat', 'ab', (s: string) => s === 'abab'],
    ['str-empty', 'ab', (s: string) => s === ''],
    ['str-reverse', 'ab', (s: string) => s === 'ba'],
  ])('%s', (name, input, check) => {
    const values = runMany(name, py.str(input));
    expect(values.length).toBeGreaterThan(0);
    for (const value of values) expect(value.kind === 'str' && check(value.value)).toBe(true);
  });

  it('edits strings by code point', () => {
    for (const value of runMany('str-delete-char', py.str('😀a'))) {
      expect(['😀', 'a']).toContain(value.kind === 'str' && value.value);
    }
  });

  it('does not apply edits that change nothing', () => {
    expect(runMany('str-delete-char', py.str(''))).toEqual([]);
    expect(runMany('str-swap-case', py.str('123'))).toEqual([]);
    expect(runMany('str-reverse', py.str('aba'))).toEqual([]);
  });

  it('edits bytes within 0..255', () => {
    expect(texts(runMany('bytes-swap-case', py.bytes([97, 66]), 1))).toEqual(["b'Ab'"]);
    for (const value of runMany('bytes-insert-char', py.bytes([0, 255]))) {
      expect(
        value.kind === 'bytes' && value.value.length === 3 && value.value.every((b) => b >= 0 && b <= 255),
      ).toBe(true);
    }
  });
});
