import { describe, expect, it } from 'vitest';
import { getPythonParser, parseOrThrow } from '../../../src/mutate/program/parser.js';
import { SourcePositions } from '../../../src/mutate/program/positions.js';
import { ReparseCheck } from '../../../src/mutate/program/reparse-check.js';

describe('ReparseCheck', () => {
  it('accepts an edit that keeps the program valid and rejects one that breaks it', async () => {
    const parser = await getPythonParser();
    const source = 'def f(é):\n    return é + 1\n';
    const tree = parseOrThrow(parser, source);
    const check = new ReparseCheck(parser, tree, new SourcePositions(source));
    const plus = source.indexOf('+');
    const edit = (replacement: string) =>
      check.parses(
        [{ start: plus, end: plus + 1, replacement }],
        source.slice(0, plus) + replacement + source.slice(plus + 1),
      );
    expect(edit('-')).toBe(true);
    expect(edit('+ +')).toBe(true);
    expect(edit('(')).toBe(false);
    expect(edit('return')).toBe(false);
    // The original tree is untouched by the checks.
    expect(tree.rootNode.hasError).toBe(false);
    tree.delete();
  });
});
