import { describe, expect, it } from 'vitest';
import { DuplicateFilter } from '../../../src/mutate/program/duplicates.js';
import { normalizeForComparison, openStringsAtLineStarts } from '../../../src/mutate/program/normalize.js';
import { SourcePositions } from '../../../src/mutate/program/positions.js';

describe('normalizeForComparison', () => {
  it('drops comments and spacing outside strings, keeping strings, words apart and line breaks', () => {
    expect(normalizeForComparison("x  =  f( a ,b )  # note\nif  not  y :  s = ' a  b '\n")).toBe(
      "x=f(a,b)\nif not y:s=' a  b '\n",
    );
  });

  it('starts inside a string when told to', () => {
    expect(normalizeForComparison(' a  b"""  + 1', '"""')).toBe(' a  b"""+1');
  });
});

describe('openStringsAtLineStarts', () => {
  it('finds lines that start inside triple-quoted and backslash-continued strings', () => {
    const source = "a = '''x\ny\n'''  # '''\nb = 'p\\\nq'\nc = 1\n";
    expect([...openStringsAtLineStarts(source)]).toEqual([
      [1, "'''"],
      [2, "'''"],
      [4, "'"],
    ]);
  });
});

describe('DuplicateFilter', () => {
  const source = 'x = f(a,  b)\ns = """p\n  q  r"""\n';
  const positions = new SourcePositions(source);

  it('treats spacing-only differences as the same program, and the original as seen', () => {
    const filter = new DuplicateFilter(positions);
    const at = source.indexOf('b');
    expect(filter.fresh([{ start: at - 2, end: at - 1, replacement: '' }])).toBeUndefined();
    const key = filter.fresh([{ start: at, end: at + 1, replacement: 'c' }]);
    expect(key).toBeDefined();
    filter.remember(key as string);
    expect(filter.fresh([{ start: at - 2, end: at + 1, replacement: ' c' }])).toBeUndefined();
  });

  it('keeps spacing inside a string that started on an earlier line', () => {
    const filter = new DuplicateFilter(positions);
    const at = source.indexOf('q  r');
    expect(filter.fresh([{ start: at + 1, end: at + 3, replacement: ' ' }])).toBeDefined();
  });
});
