import { describe, expect, it } from 'vitest';
import { dumps } from '../../src/formats/python-json.js';
import {
  outputText,
  releasedOutputText,
  releasedValue,
  stateValue,
} from '../../src/formats/semcoder-values.js';

const value = (repr: string, type: string) => ({ repr, type });

describe('SemCoder values', () => {
  it('reads reprs as the released handle_value does where that keeps the value', () => {
    const cases: [string, string, string][] = [
      ['1', 'int', '1'],
      ['2.5', 'float', '2.5'],
      ["'abc'", 'str', '"abc"'],
      ["''", 'str', '""'],
      ['"it\'s"', 'str', '"it\'s"'],
      ["['a', 'b']", 'list', '["a", "b"]'],
      ['[1, [2]]', 'list', '[1, [2]]'],
      ['None', 'NoneType', 'null'],
      ['True', 'bool', 'true'],
      ['{}', 'dict', '{}'],
      ["{'k': 1}", 'dict', '"{\'k\': 1}"'],
      ['(1, 2)', 'tuple', '"(1, 2)"'],
      ["'caf\u00e9'", 'str', '"caf\\u00e9"'],
    ];
    for (const [repr, type, json] of cases) {
      expect(dumps(stateValue(value(repr, type))), repr).toBe(json);
      expect(dumps(releasedValue(repr)), repr).toBe(json);
    }
  });

  it('writes the value meant where the released handling changes it', () => {
    const cases: [string, string, string, string][] = [
      ["[('74', 31)]", 'list', '"[(\\"74\\", 31)]"', '"[(\'74\', 31)]"'],
      ["['R', None]", 'list', '"[\\"R\\", None]"', '"[\'R\', None]"'],
      ['["it\'s"]', 'list', '"[\\"it\\"s\\"]"', '"[\\"it\'s\\"]"'],
      ["'a\\nb'", 'str', '"a\\\\nb"', '"a\\nb"'],
      ['"it\'s\\x00"', 'str', '"\\"it\'s\\\\x00\\""', '"it\'s\\u0000"'],
    ];
    for (const [repr, type, released, ours] of cases) {
      expect(dumps(releasedValue(repr)), repr).toBe(released);
      expect(dumps(stateValue(value(repr, type))), repr).toBe(ours);
    }
  });

  it('writes [OUTPUT] values as the released code does, except where that changes their type or text', () => {
    expect(outputText(value("'abc'", 'str'))).toBe('"abc"');
    expect(outputText(value('[1, 2]', 'list'))).toBe('[1, 2]');
    expect(outputText(value('True', 'bool'))).toBe('True');
    expect(outputText(value('None', 'NoneType'))).toBe('None');
    expect(outputText(value('(1, 2)', 'tuple'))).toBe('(1, 2)');
    // Released: bare `(it's)`, and the rewritten list quoted as a string.
    expect(releasedOutputText(releasedValue('"(it\'s)"'))).toBe("(it's)");
    expect(outputText(value('"(it\'s)"', 'str'))).toBe('"(it\'s)"');
    expect(releasedOutputText(releasedValue("[('74', 31)]"))).toBe('"[("74", 31)]"');
    expect(outputText(value("[('74', 31)]", 'list'))).toBe("[('74', 31)]");
    expect(releasedOutputText(releasedValue('inf'))).toBe('"inf"');
    expect(outputText(value('inf', 'float'))).toBe('inf');
    expect(outputText(value('\'say "hi"\'', 'str'))).toBe('"say \\"hi\\""');
  });
});
