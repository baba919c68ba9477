import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { type Decontaminator, loadDecontaminator } from '../../../src/dataset/decontaminate/index.js';
import { mutateProgram } from '../../../src/mutate/program/index.js';
import { loadCruxeval } from '../../support/cruxeval.js';
import { cruxevalPath, repoRoot } from '../../support/paths.js';
import { renameVariables } from './rename-variables.js';

const share = (flags: boolean[]) => flags.filter(Boolean).length / flags.length;

describe('decontamination against CRUXEval', () => {
  const items = loadCruxeval();
  let decontaminator: Decontaminator;
  beforeAll(async () => {
    decontaminator = await loadDecontaminator(cruxevalPath);
  });

  it('indexes all 800 programs with the documented defaults', () => {
    expect(decontaminator.programs).toBe(800);
    expect(decontaminator.threshold).toBe(0.8);
    expect(decontaminator.ngram).toBe(5);
  });

  it('finds every CRUXEval program in CRUXEval itself, 800 checks well under a second', () => {
    const started = performance.now();
    const checks = items.map((item) => decontaminator.check(item.code));
    const elapsed = performance.now() - started;
    expect(checks.every((check) => check.contaminated && check.similarity === 1)).toBe(true);
    // A few tasks share their code with an earlier task; ties go to the first, otherwise to itself.
    const own = checks.filter((check, index) => check.match === `cruxeval:${items[index]!.id}`);
    expect(own.length).toBeGreaterThan(780);
    expect(elapsed).toBeLessThan(1000);
  });

  it('still finds a program after renaming and reformatting', () => {
    const original = items[0]!.code;
    expect(original).toContain('output.append((nums.count(n), n))');
    const disguised = [
      'def count_pairs(values):',
      '    # collect (count, value) pairs',
      '    pairs = [ ]',
      '    for value in values :',
      '        pairs.append( ( values.count( value ) , value ) )',
      '    pairs.sort( reverse = True )',
      '    return pairs',
    ].join('\n');
    expect(decontaminator.check(disguised)).toEqual({
      contaminated: true,
      similarity: 1,
      match: 'cruxeval:sample_0',
    });
  });

  it('finds at least 95% of the 800 programs with every name renamed and the layout regenerated', () => {
    const renamed = renameVariables(items.map((item) => item.code));
    const checks = renamed.map((code) => decontaminator.check(code));
    expect(share(checks.map((check) => check.contaminated))).toBeGreaterThanOrEqual(0.95);
    expect(
      share(checks.map((check, index) => check.match === `cruxeval:${items[index]!.id}`)),
    ).toBeGreaterThan(0.95);
  });

  it('still finds a program with one line lightly edited', () => {
    const original = items[0]!.code;
    const edited = original.replace('output.sort(reverse=True)', 'output.sort(reverse=False)');
    expect(edited).not.toBe(original);
    const check = decontaminator.check(edited);
    expect(check.contaminated).toBe(true);
    expect(check.match).toBe('cruxeval:sample_0');
  });

  it('finds at least 88% of one-token mutants (one line changed) of all 800 programs', async () => {
    const flags: boolean[] = [];
    for (const item of items) {
      const [mutant] = await mutateProgram(item.code, { max: 1, seed: 3 });
      if (mutant) flags.push(decontaminator.check(mutant.source).contaminated);
    }
    expect(flags.length).toBeGreaterThan(780);
    expect(share(flags)).toBeGreaterThanOrEqual(0.88);
  });

  it('at threshold 0.6 finds most programs of 6+ lines with a whole line rewritten', async () => {
    const loose = await loadDecontaminator(cruxevalPath, { threshold: 0.6 });
    const flags = items.flatMap((item) => {
      const lines = item.code.split('\n');
      if (lines.length < 6) return [];
      const middle = Math.floor(lines.length / 2);
      lines[middle] = `${/^\s*/.exec(lines[middle]!)![0]}extra_value = len(str(12345)) * 7`;
      return [loose.check(lines.join('\n')).contaminated];
    });
    expect(flags.length).toBeGreaterThan(300);
    expect(share(flags)).toBeGreaterThanOrEqual(0.75);
  });

  it('does not flag unrelated real programs', () => {
    const folders = ['test/fixtures/sources/unrelated', 'test/fixtures/programs'].map((dir) =>
      join(repoRoot, dir),
    );
    const programs = folders.flatMap((folder) =>
      readdirSync(folder)
        .filter((name) => name.endsWith('.py'))
        .map((name) => ({ name, code: readFileSync(join(folder, name), 'utf8') })),
    );
    expect(programs.length).toBeGreaterThanOrEqual(15);
    for (const { name, code } of programs) {
      const check = decontaminator.check(code);
      expect(check.contaminated, name).toBe(false);
      expect(check.similarity, name).toBeLessThan(0.5);
    }
  });
});
