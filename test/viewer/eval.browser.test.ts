/// <reference lib="dom" />
// Callbacks passed to page.evaluate run in the browser, where `document` exists.
/**
 * The evaluation report and the predicted-vs-real view in headless Chromium, on a run directory
 * written from real engine runs: results.jsonl items and summary.json from the library's summarize().
 */
import { copyFileSync, existsSync, writeFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEngine } from '../../src/engine/engine.js';
import type { RunResult } from '../../src/engine/types.js';
import { summarize } from '../../src/eval/score/summarize.js';
import { traceCounts } from '../../src/eval/score/trace/metrics.js';
import { parseCodeExecutorTrace } from '../../src/eval/score/trace/parse-codeexecutor.js';
import type { ItemResult } from '../../src/eval/types.js';
import { renderCodeExecutor } from '../../src/formats/codeexecutor.js';
import { startViewer, type Viewer } from '../../src/viewer/server/start-viewer.js';
import { repoRoot } from '../support/paths.js';
import { ensureAppBuild, hasChromium, laptopPage, launchBrowser, screenshot } from './support/browser.js';

const CODE = 'def f(xs):\n    total = 0\n    for x in xs:\n        total += x * 2\n    return total\n';
const CALL = 'f([1, 2, 3])';

function item(
  id: string,
  task: ItemResult['task'],
  real: RunResult,
  answer: string,
  correct: boolean,
  reason: ItemResult['verdicts'][0]['reason'],
): ItemResult {
  return {
    id,
    task,
    meta: { level: 'tutorial', traceLength: real.steps.length },
    code: CODE,
    mode: 'call',
    input: { call: CALL },
    output: real.returnRepr!,
    responses: [`[ANSWER]\n${answer}\n[/ANSWER]`],
    extracted: [{ answer, how: 'answer-tag' }],
    verdicts: [{ correct, reason }],
    passAtK: { '1': correct ? 1 : 0 },
  };
}

describe.skipIf(!hasChromium)('evaluation report and predicted vs real', () => {
  let browser: Browser;
  let viewer: Viewer;
  let page: Page;
  let real: RunResult;
  let realText: string;
  let predictedText: string;

  beforeAll(async () => {
    await ensureAppBuild();
    const engine = await createEngine({ backend: 'native', workers: 1 });
    try {
      real = await engine.run({ code: CODE, mode: 'call', call: CALL });
    } finally {
      await engine.close();
    }
    realText = renderCodeExecutor({ code: CODE, mode: 'call', input: { call: CALL }, result: real })!;
    // The model gets the first update of `total` wrong (2 → 3) and everything else right.
    expect(realText).toContain('total : 2 ');
    predictedText = realText.replace('total : 2 ', 'total : 3 ');
    const traceItem = item('trace_0', 'trace', real, predictedText, false, 'trace_mismatch');
    traceItem.verdicts[0]!.metrics = { ...traceCounts(predictedText, realText) };
    const results = [
      traceItem,
      item('output_0', 'output', real, '12', true, 'correct'),
      item('output_1', 'output', real, '11', false, 'wrong_value'),
    ];
    const dir = await mkdtemp(join(tmpdir(), 'semtrace-eval-view-'));
    writeFileSync(
      join(dir, 'results.jsonl'),
      `${results.map((result) => JSON.stringify(result)).join('\n')}\n`,
    );
    // The shape `semtrace eval` writes (src/eval/run/run-files.ts).
    writeFileSync(
      join(dir, 'summary.json'),
      JSON.stringify({ summary: summarize(results), config: { task: 'trace' }, model: 'scripted' }),
    );
    viewer = await startViewer({ path: dir, backend: 'native' });
    browser = await launchBrowser();
    page = await laptopPage(browser);
    await page.goto(viewer.url);
    await page.waitForSelector('[data-testid=item-table]');
  });

  afterAll(async () => {
    await browser?.close();
    await viewer?.close();
  });

  it('shows the scores of summary.json', async () => {
    const scores = await page.textContent('[data-card=scores]');
    expect(scores).toContain('pass@1');
    expect(scores).toContain('33.3%'); // one of three items correct
    expect(await page.textContent('[data-card=reasons]')).toContain('trace_mismatch');
    expect(await page.textContent('[data-card=level]')).toContain('tutorial');
    await screenshot(page, 'eval-report');
  });

  it('filters items by verdict on the server', async () => {
    const ids = () =>
      page.locator('tr[data-item]').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-item')));
    expect(await ids()).toEqual(['trace_0', 'output_0', 'output_1']);
    await page.selectOption('select[aria-label=verdict]', 'correct');
    await page.waitForFunction(() => document.querySelectorAll('tr[data-item]').length === 1);
    expect(await ids()).toEqual(['output_0']);
    await page.selectOption('select[aria-label=verdict]', 'wrong');
    await page.waitForFunction(() => document.querySelectorAll('tr[data-item]').length === 2);
    expect(await ids()).toEqual(['trace_0', 'output_1']);
    await page.selectOption('select[aria-label=verdict]', '');
  });

  it('aligns a predicted trace with the re-run real trace and marks the first divergence', async () => {
    await page.waitForFunction(() => document.querySelectorAll('tr[data-item]').length === 3);
    await page.click('tr[data-item="trace_0"]');
    await page.waitForSelector('.align-table');
    const steps = parseCodeExecutorTrace(realText);
    const wrongStep = parseCodeExecutorTrace(predictedText).findIndex((step) =>
      step.text.includes('total : 3'),
    );
    const rows = page.locator('.align-table tbody tr');
    expect(await rows.count()).toBe(steps.length);
    const divergence = page.locator('.align-table tr.first-divergence');
    expect(await divergence.getAttribute('data-row')).toBe(String(wrongStep));
    expect(await divergence.locator('.var-diff').first().textContent()).toContain('total');
    const same = await rows.evaluateAll((all) => all.map((row) => row.getAttribute('data-same')));
    expect(same.filter((value) => value === 'false')).toHaveLength(1);
    expect(await page.textContent('[data-testid=comparison-figures]')).toContain(
      `${steps.length - 1} of ${steps.length} real steps predicted exactly`,
    );
    // Clicking the row moves the real run's stepper to that line's execution.
    await divergence.click();
    const lineOfRow = Number((await divergence.locator('td').nth(1).textContent()) ?? '0');
    await page.waitForFunction(
      (line) => document.querySelector('.src-line.current')?.getAttribute('data-line') === String(line),
      lineOfRow,
    );
    const shownVars = await page
      .locator('.frame.innermost tr[data-var]')
      .evaluateAll((all) =>
        Object.fromEntries(
          all.map((row) => [
            row.getAttribute('data-var'),
            row.querySelector('.value')?.getAttribute('data-repr'),
          ]),
        ),
      );
    expect(shownVars).toEqual({ xs: '[1, 2, 3]', total: '0', x: '1' }); // the state before that line runs
    const path = await screenshot(page, 'predicted-vs-real');
    // The docs keep the committed copy; a fresh one is only made when it is missing.
    const docsCopy = join(repoRoot, 'docs', 'images', 'predicted-vs-real.png');
    if (!existsSync(docsCopy)) copyFileSync(path, docsCopy);
  });

  it('shows an output prediction beside the real value and the real trace', async () => {
    await page.goto(`${viewer.url}#/eval/item/output_1`);
    await page.waitForSelector('[data-testid=answer-card]');
    expect(await page.textContent('[data-testid=predicted-answer]')).toBe('11');
    expect(await page.textContent('[data-testid=real-answer]')).toBe('12');
    expect(await page.textContent('[data-testid=return-value]')).toBe('12');
    expect(await page.locator('.stepper').count()).toBe(1);
  });
});
