/// <reference lib="dom" />
// Callbacks passed to page.evaluate run in the browser, where `document` exists.
/**
 * The dataset browser in headless Chromium on a dataset the real builder made from real programs:
 * manifest figures, a filtered and paged sample list, and a mutant opened beside its original.
 */
import { writeFileSync } from 'node:fs';
import { mkdir, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDataset } from '../../src/dataset/index.js';
import { openDataset } from '../../src/dataset/read/open-dataset.js';
import type { Manifest, Sample } from '../../src/dataset/types.js';
import { startViewer, type Viewer } from '../../src/viewer/server/start-viewer.js';
import { ensureAppBuild, hasChromium, laptopPage, launchBrowser, screenshot } from './support/browser.js';

const PROGRAMS: Record<string, [string, string]> = {
  sum_digits: [
    'n = int(input())\ntotal = 0\nwhile n > 0:\n    total += n % 10\n    n //= 10\nprint(total)\n',
    '4721\n',
  ],
  max_pair: [
    'a, b = map(int, input().split())\nif a > b:\n    print(a - b)\nelse:\n    print(b - a)\n',
    '3 9\n',
  ],
  count_vowels: [
    's = input()\ncount = 0\nfor ch in s:\n    if ch in "aeiou":\n        count += 1\nprint(count)\n',
    'education\n',
  ],
  squares: [
    'k = int(input())\nsquares = [i * i for i in range(k)]\nprint(sum(squares), squares[-1])\n',
    '6\n',
  ],
  fizz: [
    'n = int(input())\nfor i in range(1, n + 1):\n    if i % 3 == 0:\n        print("fizz")\n    else:\n        print(i)\n',
    '5\n',
  ],
  evens: [
    'xs = list(map(int, input().split()))\nevens = [x for x in xs if x % 2 == 0]\nprint(len(evens), max(xs))\n',
    '4 7 10 3\n',
  ],
};

async function pageInfo(page: Page): Promise<string> {
  return (await page.textContent('[data-testid=page-info]')) ?? '';
}

describe.skipIf(!hasChromium)('dataset browser', () => {
  let browser: Browser;
  let viewer: Viewer;
  let page: Page;
  let manifest: Manifest;
  let train: Sample[];

  beforeAll(async () => {
    await ensureAppBuild();
    const root = await mkdtemp(join(tmpdir(), 'semtrace-dataset-view-'));
    const sources = join(root, 'programs');
    await mkdir(sources);
    for (const [name, [code, stdin]] of Object.entries(PROGRAMS)) {
      writeFileSync(join(sources, `${name}.py`), code);
      writeFileSync(join(sources, `${name}.in`), stdin);
    }
    const out = join(root, 'dataset');
    ({ manifest } = await buildDataset({
      sources: [sources],
      out,
      backend: 'native',
      workers: 1,
      mutantsPerProgram: 4,
      inputsPerProgram: 1,
      formats: ['codeexecutor'],
      splitRatios: { train: 1, dev: 0, test: 0 },
    }));
    const dataset = await openDataset(out);
    train = [];
    for await (const sample of dataset.samples('train')) train.push(sample);
    viewer = await startViewer({ path: out, backend: 'native' });
    browser = await launchBrowser();
    page = await laptopPage(browser);
    await page.goto(viewer.url);
    await page.waitForSelector('[data-testid=sample-table]');
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await viewer?.close();
  });

  it('shows the manifest figures', async () => {
    expect(train.length).toBe(manifest.counts.perSplit.train.samples);
    expect(train.length).toBeGreaterThan(25);
    const stages = await page.textContent('[data-card=stages]');
    expect(stages).toContain(`written${manifest.counts.stages.written}`);
    const splits = await page.textContent('[data-card=splits]');
    expect(splits).toContain(`train${train.length} / ${manifest.counts.perSplit.train.sources}`);
    for (const operator of Object.keys(manifest.counts.perOperator)) {
      expect(await page.textContent('[data-card=operators]')).toContain(operator);
    }
    expect(await page.locator('[data-card=trace-length] rect').count()).toBe(
      manifest.counts.traceLength.counts.length,
    );
    await screenshot(page, 'dataset-overview');
  });

  it('pages through samples and filters them on the server', async () => {
    expect(await pageInfo(page)).toBe(`1–25 of ${train.length}`);
    const firstIds = await page
      .locator('tr[data-sample]')
      .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-sample')));
    expect(firstIds).toEqual(train.slice(0, 25).map((sample) => sample.id));
    await page.click('text=next ›');
    await page.waitForFunction(
      (total) => document.querySelector('[data-testid=page-info]')?.textContent === `26–${total} of ${total}`,
      train.length,
    );
    const secondIds = await page
      .locator('tr[data-sample]')
      .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-sample')));
    expect(secondIds).toEqual(train.slice(25, 50).map((sample) => sample.id));

    await page.selectOption('select[aria-label=operator]', 'none');
    const originals = train.filter((sample) => sample.mutation === null);
    await page.waitForFunction(
      (n) => document.querySelector('[data-testid=page-info]')?.textContent === `1–${n} of ${n}`,
      originals.length,
    );
    const shownIds = await page
      .locator('tr[data-sample]')
      .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-sample')));
    expect(shownIds).toEqual(originals.map((sample) => sample.id));

    await page.selectOption('select[aria-label=operator]', '');
    await page.fill('input[aria-label="search text"]', 'aeiou');
    await page.click('button:has-text("search")');
    const withVowels = train.filter((sample) => sample.code.includes('aeiou'));
    await page.waitForFunction(
      (n) => document.querySelector('[data-testid=page-info]')?.textContent === `1–${n} of ${n}`,
      withVowels.length,
    );
    await page.fill('input[aria-label="search text"]', '');
    await page.click('button:has-text("search")');
  });

  it('opens a mutant in the stepper beside its original program, the edit marked', async () => {
    const mutant = train.find((sample) => sample.mutation && sample.trace.length > 5)!;
    expect(mutant).toBeDefined();
    await page.waitForFunction(
      (total) => document.querySelector('[data-testid=page-info]')?.textContent?.endsWith(`of ${total}`),
      train.length,
    );
    const index = train.indexOf(mutant);
    if (index >= 25) await page.click('text=next ›');
    await page.click(`tr[data-sample="${mutant.id}"]`);
    await page.waitForSelector('.original-pane');
    expect(await page.textContent('[data-testid=sample-head]')).toContain(mutant.id);
    const edit = mutant.mutation!;
    const stepperEdit = page.locator('.stepper .src-line.mark-edit');
    expect(await stepperEdit.getAttribute('data-line')).toBe(String(edit.line));
    expect(await stepperEdit.textContent()).toContain(edit.replacement);
    const original = page.locator('.original-pane .src-line');
    expect(await original.count()).toBe(edit.originalCode.replace(/\n$/, '').split('\n').length);
    const originalEdit = page.locator('.original-pane .src-line.mark-edit');
    expect(await originalEdit.getAttribute('data-line')).toBe(String(edit.line));
    expect(await originalEdit.textContent()).toContain(edit.original);
    for (let step = 0; step < 6; step++) {
      await page.waitForFunction(
        (want) => document.querySelector('[data-testid=step-index]')?.textContent === String(want),
        step + 1,
      );
      const line = mutant.trace[step]!.line;
      const current = await page.evaluate(
        () => document.querySelector('.stepper .src-line.current')?.getAttribute('data-line') ?? null,
      );
      expect(current === null ? 0 : Number(current)).toBe(line >= 1 ? line : 0);
      await page.keyboard.press('ArrowRight');
    }
    await screenshot(page, 'dataset-sample');
  });
});
