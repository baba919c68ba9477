import { describe, expect, it } from 'vitest';
import { describeManifest, describeVerification } from '../../../src/dataset/read/describe-manifest.js';
import { renderTable } from '../../../src/dataset/read/text-table.js';
import { manifestFor } from '../support/write-test-dataset.js';

const options = { dir: '', shardSize: 10, gzip: false, parquet: false, formats: [] };

describe('describeManifest', () => {
  it('draws the trace length histogram with bars proportional to the counts', () => {
    const manifest = manifestFor([], [], options);
    manifest.counts.traceLength = { edges: [0, 10, 100], counts: [5, 20, 0] };
    const text = describeManifest(manifest);
    expect(text).toMatch(/\n {2}0–9 +5 {2}#{10}\n/);
    expect(text).toMatch(/\n {2}10–99 +20 {2}#{40}\n/);
    expect(text).toMatch(/\n {2}100\+ +0\n/);
  });

  it('shows stage counts as recorded and shares of each count table', () => {
    const manifest = manifestFor([], [], options);
    manifest.counts.stages = {
      planned: 10,
      executed: 10,
      filtered: 3,
      deduplicated: 1,
      decontaminated: 0,
      written: 6,
    };
    manifest.counts.perStatus = { ok: 3, error: 1 };
    const text = describeManifest(manifest);
    expect(text).toMatch(
      /Stages\n {2}stage +count\n.*\n {2}planned +10\n {2}executed +10\n {2}filtered +3\n/,
    );
    expect(text).toMatch(/\n {2}ok +3 +75\.0%\n {2}error +1 +25\.0%\n/);
    expect(text).toContain('Source problems (0 programs and 0 inputs read)');
  });

  it('shows the debugger sampling policy only for a build that recorded one', () => {
    const manifest = manifestFor([], [], options);
    expect(describeManifest(manifest)).not.toMatch(/\n {2}debugger /);
    manifest.config.debugPolicy = {
      actions: ['step', 'back'],
      perAction: 3,
      breakpoints: 0,
      inverse: false,
      seed: 9,
    };
    expect(describeManifest(manifest)).toMatch(
      /\n {2}debugger +actions step,back; 3 per action; 0 breakpoints; forward; seed 9\n/,
    );
  });

  it('lists every mismatch, or one line when the files match', () => {
    const manifest = manifestFor([], [], options);
    expect(describeVerification(manifest, [])).toBe(
      'Verification: all 0 shard files match the manifest (size, sha256, records, splits).',
    );
    const failed = describeVerification(manifest, [
      { path: 'data/a.jsonl', kind: 'missing', message: 'data/a.jsonl: listed in the manifest but missing' },
    ]);
    expect(failed).toBe(
      'Verification FAILED: 1 mismatch between the files and the manifest\n  [missing] data/a.jsonl: listed in the manifest but missing',
    );
  });
});

describe('renderTable', () => {
  it('right-aligns numbers and percentages and left-aligns text', () => {
    expect(
      renderTable(
        ['name', 'n', 'share'],
        [
          ['a', 1234, '5.0%'],
          ['bbb', 7, '95.0%'],
        ],
        '',
      ),
    ).toBe(
      ['name      n  share', '----  -----  -----', 'a     1,234   5.0%', 'bbb       7  95.0%'].join('\n'),
    );
  });
});
