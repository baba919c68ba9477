import { describe, expect, it } from 'vitest';
import { compareCodePoints } from '../../../src/dataset/sources/code-point-order.js';
import { groupProgramFiles } from '../../../src/dataset/sources/sibling-files.js';

describe('code point order of names', () => {
  it('puts U+FF5A before U+1D4B3, where UTF-16 order (the default sort) puts it after', () => {
    const names = ['\u{1D4B3}.py', '\uFF5A.py', 'a.py', 'B.py'];
    expect([...names].sort(compareCodePoints)).toEqual(['B.py', 'a.py', '\uFF5A.py', '\u{1D4B3}.py']);
    expect([...names].sort()).not.toEqual([...names].sort(compareCodePoints));
  });
});

describe('grouping a directory into programs and their input files', () => {
  it('gives each program its x.in and x.<anything>.in files, sorted, and its x.calls file', () => {
    const groups = groupProgramFiles([
      'b.calls',
      'a.in',
      'a.py',
      'a.2.in',
      'a.10.in',
      'b.py',
      'c.in',
      'README.md',
    ]);
    expect(groups).toEqual([
      { program: 'a.py', stdinFiles: ['a.10.in', 'a.2.in', 'a.in'], callsFile: null },
      { program: 'b.py', stdinFiles: [], callsFile: 'b.calls' },
    ]);
  });

  it('gives a stdin file to the program with the longest matching stem', () => {
    const groups = groupProgramFiles(['x.py', 'x.y.py', 'x.y.in', 'x.y.z.in', 'x.z.in']);
    expect(groups).toEqual([
      { program: 'x.py', stdinFiles: ['x.z.in'], callsFile: null },
      { program: 'x.y.py', stdinFiles: ['x.y.in', 'x.y.z.in'], callsFile: null },
    ]);
  });
});
