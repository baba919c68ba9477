/**
 * The claim checker measured on the hand-labelled monologues: each program is really run (traced) on the
 * call its monologue describes, the claims are checked against that trace, and a monologue is predicted
 * "contradicts" when at least one claim is contradicted. Precision and recall of that prediction against
 * the hand labels are printed and held above floors (so a regression fails the test).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEngine, type Engine } from '../../../src/engine/engine.js';
import { verifyReasoning } from '../../../src/synth/claims/index.js';
import { PROGRAMS } from '../../support/scripted-model/demo-programs.js';
import { LABELLED } from '../../support/scripted-model/labelled-monologues.js';
import { HELD_OUT } from './held-out-monologues.js';

let engine: Engine;
beforeAll(async () => {
  engine = await createEngine({ workers: 2, warn: () => {} });
}, 60_000);
afterAll(async () => {
  await engine?.close();
});

describe('claim checker on the labelled monologues', () => {
  it('has at least 60 hand-labelled monologues, both kinds of label', () => {
    expect(LABELLED.length).toBeGreaterThanOrEqual(60);
    expect(new Set(LABELLED.map((m) => m.id)).size).toBe(LABELLED.length);
    expect(LABELLED.filter((m) => m.contradicts).length).toBeGreaterThan(20);
    expect(LABELLED.filter((m) => !m.contradicts).length).toBeGreaterThan(20);
  });

  it('detects contradictions with measured precision and recall', async () => {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    let tn = 0;
    const misses: string[] = [];
    const totals = { found: 0, confirmed: 0, contradicted: 0, uncheckable: 0 };
    for (const item of LABELLED) {
      const code = PROGRAMS[item.program]!;
      const run = await engine.run({ code, mode: 'call', call: item.call });
      expect(run.status, item.id).toBe('ok');
      const report = verifyReasoning(item.text, code, run.steps);
      totals.found += report.found;
      totals.confirmed += report.confirmed;
      totals.contradicted += report.contradicted;
      totals.uncheckable += report.uncheckable;
      const predicted = report.contradicted > 0;
      if (predicted && item.contradicts) tp += 1;
      else if (predicted) {
        fp += 1;
        misses.push(
          `FP ${item.id}: ${report.claims
            .filter((c) => c.status === 'contradicted')
            .map((c) => `${JSON.stringify(c.claim)} — ${c.evidence}`)
            .join('; ')}`,
        );
      } else if (item.contradicts) {
        fn += 1;
        misses.push(`FN ${item.id}`);
      } else tn += 1;
    }
    const precision = tp / (tp + fp);
    const recall = tp / (tp + fn);
    process.stdout.write(
      `claim checker on ${LABELLED.length} labelled monologues: precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)} ` +
        `(tp ${tp}, fp ${fp}, fn ${fn}, tn ${tn}); claims found ${totals.found}, confirmed ${totals.confirmed}, ` +
        `contradicted ${totals.contradicted}, uncheckable ${totals.uncheckable}\n${misses.join('\n')}\n`,
    );
    expect(precision).toBeGreaterThanOrEqual(0.9);
    expect(recall).toBeGreaterThanOrEqual(0.75);
  }, 120_000);

  it('is measured on the held-out set too (written after the extractor was frozen)', async () => {
    const counts = { tp: 0, fp: 0, fn: 0, tn: 0 };
    const misses: string[] = [];
    for (const item of HELD_OUT) {
      const run = await engine.run({ code: item.code, mode: 'call', call: item.call });
      expect(run.status, item.id).toBe('ok');
      const predicted = verifyReasoning(item.text, item.code, run.steps).contradicted > 0;
      const key = predicted ? (item.contradicts ? 'tp' : 'fp') : item.contradicts ? 'fn' : 'tn';
      counts[key] += 1;
      if (key === 'fp' || key === 'fn') misses.push(`${key.toUpperCase()} ${item.id}`);
    }
    const precision = counts.tp / (counts.tp + counts.fp);
    const recall = counts.tp / (counts.tp + counts.fn);
    process.stdout.write(
      `claim checker on ${HELD_OUT.length} held-out monologues: precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)} ${JSON.stringify(counts)} ${misses.join(', ')}\n`,
    );
    expect(precision).toBeGreaterThanOrEqual(0.8);
    expect(recall).toBeGreaterThanOrEqual(0.5);
  }, 60_000);
});
