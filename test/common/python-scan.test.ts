import { describe, expect, it } from 'vitest';
import { callArguments, findTopLevel, skipString, stringLiteralEnd } from '../../src/common/python-scan.js';

describe('the Python string-literal scanner', () => {
  it('ends a literal at its own quotes, past escapes and quotes of the other kind', () => {
    expect(stringLiteralEnd(`'it\\'s' + x`, 0)).toBe(7);
    expect(stringLiteralEnd(`"it's" + x`, 0)).toBe(6);
    expect(stringLiteralEnd(`'''a'\n'b''' + x`, 0)).toBe(11);
    expect(stringLiteralEnd(`r'\\'' + x`, 1)).toBe(5);
  });

  it('finds no end for an unterminated literal, and skipping stops at its line end', () => {
    expect(stringLiteralEnd(`'abc\nd'`, 0)).toBeNull();
    expect(stringLiteralEnd(`"""abc`, 0)).toBeNull();
    expect(skipString(`'abc\nd'`, 0)).toBe(4);
    expect(skipString(`"""abc`, 0)).toBe(6);
  });

  it('finds tokens at the top level only, outside strings and comments', () => {
    expect(findTopLevel(`f('a == b') == [x == y]`, '==')).toBe(12);
    expect(findTopLevel(`x # == \n`, '==')).toBe(-1);
  });
});

describe('call arguments', () => {
  it('finds the argument text of f(...) past brackets and parentheses inside strings', () => {
    expect(callArguments('f(\')\', "(", [1, (2, 3)])', 'f')).toBe('\')\', "(", [1, (2, 3)]');
    expect(callArguments("f('''a)\n''', b='x')  ", 'f')).toBe("'''a)\n''', b='x'");
    expect(callArguments('f()', 'f')).toBe('');
    expect(callArguments('f(1) + f(2)', 'f')).toBeNull();
    expect(callArguments('f(1)(2)', 'f')).toBeNull();
    expect(callArguments('ff(1)', 'f')).toBeNull();
    expect(callArguments('f(1)  # note', 'f')).toBeNull();
  });

  it('takes a call of any function when no name is given', () => {
    expect(callArguments("solve(')', [1, 2])")).toBe("')', [1, 2]");
    expect(callArguments('obj.method(3)')).toBe('3');
    expect(callArguments('not a call')).toBeNull();
  });
});
