import { describe, expect, it } from 'vitest';
import { expectDocumentedExample, mutantSources } from '../helpers.js';

describe('CRP', () => {
  it('makes its documented example', () => expectDocumentedExample('CRP'));

  it('adds one to integers in every base and to floats', async () => {
    expect(await mutantSources('x = 41\n', 'CRP')).toEqual(['x = 42\n']);
    expect(await mutantSources('x = 0xFF\n', 'CRP')).toEqual(['x = 0x100\n']);
    expect(await mutantSources('x = 0b11\n', 'CRP')).toEqual(['x = 0b100\n']);
    expect(await mutantSources('x = 1_000\n', 'CRP')).toEqual(['x = 1001\n']);
    expect(await mutantSources('x = 2.5\n', 'CRP')).toEqual(['x = 3.5\n']);
    expect(await mutantSources('x = 1e3\n', 'CRP')).toEqual(['x = 1001.0\n']);
  });

  it('empties a non-empty string and fills an empty one', async () => {
    expect(await mutantSources("s = 'ab'\n", 'CRP')).toEqual(["s = ''\n"]);
    expect(await mutantSources('s = b""\n', 'CRP')).toEqual(['s = b"mutated"\n']);
  });

  it('keeps the line breaks of an emptied multi-line string', async () => {
    expect(await mutantSources("s = '''a\nb'''\nt = 1\n", 'CRP')).toEqual([
      "s = '''\n'''\nt = 1\n",
      "s = '''a\nb'''\nt = 2\n",
    ]);
  });

  it('leaves f-strings, docstrings, annotations and imprecise floats alone', async () => {
    expect(await mutantSources('s = f"{a}b"\n', 'CRP')).toEqual([]);
    expect(await mutantSources('def f():\n    "doc"\n', 'CRP')).toEqual([]);
    expect(await mutantSources('x: Literal[1] = y\n', 'CRP')).toEqual([]);
    expect(await mutantSources('x = 1e17\n', 'CRP')).toEqual([]);
  });

  it('separates a new literal from a following keyword', async () => {
    expect(await mutantSources('x = 1if y else z\n', 'CRP')).toEqual(['x = 2 if y else z\n']);
  });
});
