import { describe, expect, it } from 'vitest';
import { isSameShape, parseValue, printValue, py } from '../../../../src/mutate/input/index.js';
import { runMany, texts } from './helpers.js';

const list = parseValue('[1, 2, 3]');

describe('sequence mutators', () => {
  it('drops, duplicates, inserts, shuffles and empties lists, keeping item types', () => {
    const check = (name: string, length: (n: number) => boolean) => {
      const values = runMany(name, list);
      expect(values.length).toBeGreaterThan(0);
      for (const value of values) {
        expect(value.kind).toBe('list');
        expect(length(value.kind === 'list' ? value.items.length : -1)).toBe(true);
        expect(isSameShape(list, value)).toBe(true);
      }
    };
    check('seq-drop-item', (n) => n === 2);
    check('seq-duplicate-item', (n) => n === 4);
    check('seq-insert-item', (n) => n === 4);
    check('seq-shuffle', (n) => n === 3);
    check('seq-empty', (n) => n === 0);
  });

  it('mutates one item recursively', () => {
    const values = new Set(texts(runMany('seq-mutate-item', list)));
    expect(values).toEqual(new Set(['[2, 2, 3]', '[1, 3, 3]', '[1, 2, 4]']));
  });

  it('synthesises inserted items from sibling types', () => {
    const mixed = parseValue("[('a', 1), ('b', 2)]");
    for (const value of runMany('seq-insert-item', mixed, 60)) expect(isSameShape(mixed, value)).toBe(true);
  });

  it('keeps record tuples at their length unless shape changes are allowed', () => {
    const record = parseValue("(1, 'a')");
    for (const name of ['seq-drop-item', 'seq-duplicate-item', 'seq-insert-item', 'seq-empty']) {
      expect(runMany(name, record)).toEqual([]);
      expect(runMany(name, record, 5, true).length).toBeGreaterThan(0);
    }
    expect(texts(runMany('seq-drop-item', parseValue('(1, 2)'), 1)).length).toBe(1);
  });

  it('never duplicates or shuffles a set, and keeps inserted items distinct', () => {
    const set = parseValue('{1, 2}');
    expect(runMany('seq-duplicate-item', set)).toEqual([]);
    expect(runMany('seq-shuffle', set)).toEqual([]);
    for (const value of runMany('seq-insert-item', set)) {
      expect(value.kind === 'set' && value.items.length).toBe(3);
    }
    // Bumping 1 to 2 would merge two items, so that child mutation is refused.
    expect(texts(runMany('seq-mutate-item', set))).toEqual(expect.arrayContaining(['{1, 3}']));
    expect(texts(runMany('seq-mutate-item', set))).not.toContain('{2, 2}');
  });

  it('does nothing to empty containers', () => {
    for (const name of [
      'seq-drop-item',
      'seq-duplicate-item',
      'seq-insert-item',
      'seq-mutate-item',
      'seq-empty',
    ]) {
      expect(runMany(name, py.list([]))).toEqual([]);
    }
  });
});

describe('dict mutators', () => {
  const dict = parseValue("{'a': 1, 'b': 2}");

  it('adds a key of the same type that is not there yet', () => {
    for (const value of runMany('dict-add-key', dict)) {
      expect(value.kind === 'dict' && value.entries.length).toBe(3);
      expect(isSameShape(dict, value)).toBe(true);
    }
  });

  it('removes a key, mutates a value, empties', () => {
    expect(new Set(texts(runMany('dict-remove-key', dict)))).toEqual(new Set(["{'b': 2}", "{'a': 1}"]));
    expect(new Set(texts(runMany('dict-mutate-value', dict)))).toEqual(
      new Set(["{'a': 2, 'b': 2}", "{'a': 1, 'b': 3}"]),
    );
    expect(texts(runMany('dict-empty', dict, 1))).toEqual(['{}']);
  });

  it('mutates keys without collisions', () => {
    const ints = parseValue("{1: 'x', 2: 'y'}");
    expect(texts(runMany('dict-mutate-key', ints))).toEqual(expect.arrayContaining(["{1: 'x', 3: 'y'}"]));
    expect(texts(runMany('dict-mutate-key', ints))).not.toContain("{2: 'x', 2: 'y'}");
  });
});

describe('shape-changing mutators', () => {
  it('retype scalars and insert foreign items', () => {
    const retyped = runMany('retype-scalar', py.int(3), 40, true);
    expect(new Set(retyped.map((v) => v.kind))).toEqual(new Set(['float', 'str', 'bool', 'none']));
    const lists = runMany('seq-insert-foreign', parseValue('[1]'), 20, true);
    expect(lists.every((v) => v.kind === 'list' && v.items.length === 2)).toBe(true);
    expect(printValue(lists[0] ?? py.none())).not.toBe('[1]');
  });
});
