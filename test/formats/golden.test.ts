/**
 * Our renders against the released tools' own output (test/fixtures/golden, PROVENANCE.md there): the
 * same programs, traced here by the engine (native, CPython 3.11, as the goldens were), must render
 * identically after whitespace normalisation. `semcoder` is checked twice: with its values written as
 * the released code writes them (every program identical), and as we write them by default, where the
 * only differences allowed are the documented value corrections listed in DEVIATIONS.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderCwm } from '../../src/formats/cwm.js';
import { renderSemcoder } from '../../src/formats/semcoder.js';
import type { RenderInput } from '../../src/formats/types.js';
import { useEngine } from './support.js';

const GOLDEN = join(import.meta.dirname, '../fixtures/golden');

interface GoldenProgram {
  id: string;
  source: string;
  code: string;
  call: string;
}

const programs: GoldenProgram[] = readFileSync(join(GOLDEN, 'programs.jsonl'), 'utf8')
  .split('\n')
  .filter((line) => line.trim())
  .map((line) => JSON.parse(line) as GoldenProgram);

const fileName = (id: string): string => `${id.replaceAll('/', '__').replaceAll('#', '_')}.txt`;
const golden = (format: string, id: string): string =>
  readFileSync(join(GOLDEN, format, fileName(id)), 'utf8');
/** Runs of whitespace count as one space; leading and trailing whitespace does not count. */
const normalise = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** PySnooper writes objects' memory addresses; the engine leaves them out (reruns give the same bytes). */
const withoutAddresses = (text: string): string => text.replace(/ at 0x[0-9a-fA-F]+/g, '');

/**
 * The released tool records CPython 3.11's hidden comprehension iterator `.0`; semtrace records the
 * program's own names only (docs/engine.md, "Hidden names"), so the golden's `.0` entries go.
 */
const withoutHiddenIterator = (text: string): string =>
  text.replace(/"\.0": "(?:\.\.|<[a-z_]+ object>)"(?:, )?/g, '');

/** Programs whose default `semcoder` render differs from the released one, and why (docs/formats.md). */
const DEVIATIONS: Record<string, string> = {
  sample_0: 'OUTPUT: a list that is not JSON ([(4, 1), …]) is written as its repr, not as a quoted string',
  sample_6: 'OUTPUT: [(\'74\', 31)] keeps its quotes (released: "[("74", 31)]")',
  sample_175: "a str with escapes ('\\n') is its decoded value (released: the backslash kept as text)",
  sample_29: "a str with escapes ('\\t') is its decoded value",
  sample_125: "a str with escapes ('\\n') is its decoded value",
  sample_130: 'a list of tuples of str keeps its repr (released: quotes rewritten to ")',
  sample_257:
    'a list whose str holds " and \\n keeps its repr (released: quotes rewritten, no longer a list)',
  sample_354: '[\'R\', None] keeps its repr (released: ["R", None])',
  sample_429: 'a list of tuples of str keeps its repr',
  sample_472: 'a list of tuples of str keeps its repr',
  'extra/quotes-and-none': "lists of tuples and ['ab', None, 'c'] keep their reprs",
  'extra/escapes': 'a str with escapes is its decoded value',
};

describe('renders match the released tools on the golden programs', () => {
  const engine = useEngine();
  const inputs = new Map<string, RenderInput>();
  const traced = async (program: GoldenProgram): Promise<RenderInput> => {
    let input = inputs.get(program.id);
    if (!input) {
      input = await engine.traced(program.code, { call: program.call });
      inputs.set(program.id, input);
    }
    return input;
  };

  it('has at least 25 programs, CRUXEval and demo corpus', () => {
    expect(programs.length).toBeGreaterThanOrEqual(25);
    expect(new Set(programs.map((p) => p.source))).toEqual(new Set(['cruxeval', 'demo', 'extra']));
  });

  const cases = programs.map((program) => [program.id, program] as const);

  it.each(cases)('cwm: %s renders as cwmdbg serializes it', async (_, program) => {
    const input = await traced(program);
    expect((input.result as { python?: string }).python).toMatch(/^3\.11\./);
    // The begin-of-text token is the tokenizer's to add: our text starts at the context header.
    const expected = withoutHiddenIterator(normalise(golden('cwm', program.id))).replace(
      /^<\|begin_of_text\|>/,
      '',
    );
    expect(normalise(renderCwm(input)!)).toBe(expected);
  });

  it.each(cases)('semcoder, semcoder-concise: %s', async (_, program) => {
    const input = await traced(program);
    for (const concise of [false, true]) {
      const format = concise ? 'semcoder-concise' : 'semcoder';
      const expected = normalise(withoutAddresses(golden(format, program.id)));
      // With the released value handling, every program renders exactly as the released code wrote it.
      expect(normalise(renderSemcoder(input, { concise, values: 'released' })!), format).toBe(expected);
      const ours = normalise(renderSemcoder(input, { concise })!);
      if (DEVIATIONS[program.id]) expect(ours, format).not.toBe(expected);
      else expect(ours, format).toBe(expected);
    }
  });
});
