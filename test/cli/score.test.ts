import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadCruxeval } from '../support/cruxeval.js';
import { cruxevalPath, repoRoot } from '../support/paths.js';

const dir = mkdtempSync(join(tmpdir(), 'semtrace-score-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function semtrace(...args: string[]) {
  return spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], {
    cwd: repoRoot,
    encoding: 'utf8',
    timeout: 120_000,
  });
}

describe('semtrace score', () => {
  const crux = loadCruxeval().slice(0, 10);
  const predictions = join(dir, 'preds.jsonl');
  writeFileSync(
    predictions,
    [
      ...crux
        .slice(0, 8)
        .map((record, i) =>
          JSON.stringify(
            i < 6
              ? { id: record.id, predictions: [record.output, 'None'] }
              : { id: record.id, prediction: 'None' },
          ),
        ),
      '{"id": broken',
      JSON.stringify({ id: 'not_an_item', prediction: '1' }),
    ].join('\n'),
  );

  // The first 10 CRUXEval items on the native backend, scored against the predictions above.
  const scoreTenItems = [
    'score',
    '--task',
    'output',
    '--data',
    cruxevalPath,
    '--predictions',
    predictions,
    '--backend',
    'native',
    '--limit',
    '10',
  ];

  it('prints pass@k as fractions with counts, reports bad lines and unknown ids, writes results', () => {
    const out = join(dir, 'results.jsonl');
    const run = semtrace(...scoreTenItems, '--k', '1,2', '--json', '--out', out);
    expect(run.status).toBe(0);
    const summary = JSON.parse(run.stdout);
    // 6 items: 1 of 2 correct (0.5); 2 items: 0 of 1; 2 items without predictions: 0.
    expect(summary['pass@1']).toBeCloseTo((6 * 0.5) / 10, 12);
    expect(summary['pass@2']).toBeCloseTo(6 / 8, 12);
    expect(summary.items).toBe(10);
    expect(summary.itemsWithoutPrediction).toBe(2);
    expect(summary.unknownPredictionIds).toBe(1);
    expect(summary.invalidPredictionLines).toBe(1);
    expect(run.stderr).toContain('preds.jsonl:9');
    expect(run.stderr).toContain('SEMTRACE_PREDICTIONS_INVALID');
    expect(run.stderr).toContain('not_an_item');
    const lines = readFileSync(out, 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines).toHaveLength(10);
    expect(lines[0]).toMatchObject({
      id: 'sample_0',
      task: 'output',
      passAtK: { 'pass@1': 0.5, 'pass@2': 1 },
    });
    expect(lines[0].verdicts[1]).toMatchObject({ correct: false, reason: 'wrong_value' });
  });

  it('prints a readable table without --json', () => {
    const run = semtrace(...scoreTenItems);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('pass@1: 30.0%');
    expect(run.stdout).toContain('2 items had no prediction and count as wrong');
  });

  it('fails clearly when no line of the predictions file is usable', () => {
    const empty = join(dir, 'empty.jsonl');
    writeFileSync(empty, 'not json\n');
    const run = semtrace('score', '--task', 'input', '--data', cruxevalPath, '--predictions', empty);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('SEMTRACE_PREDICTIONS_INVALID');
  });
});
