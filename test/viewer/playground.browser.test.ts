/// <reference lib="dom" />
// Callbacks passed to page.evaluate run in the browser, where `document` exists.
/**
 * The playground in headless Chromium: a program typed into the page runs in the browser (Pyodide in a
 * web worker, files from our server) and its trace equals the engine's Pyodide trace; mutants come from
 * the server and run beside the original.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEngine } from '../../src/engine/engine.js';
import type { RunRequest, RunResult } from '../../src/engine/types.js';
import { mutateProgram } from '../../src/mutate/program/index.js';
import { startViewer, type Viewer } from '../../src/viewer/server/start-viewer.js';
import { ensureAppBuild, hasChromium, laptopPage, launchBrowser, screenshot } from './support/browser.js';

const CODE = `import math

def stats(words):
    lengths = {w: len(w) for w in set(words)}
    longest = max(lengths, key=lambda w: (lengths[w], w))
    print("longest:", longest)
    return sorted(lengths.items()), math.isqrt(sum(lengths.values()))

print(stats(["pear", "fig", "banana", "fig"]))
`;
const SCRIPT = 'n = int(input())\nacc = 1\nfor i in range(2, n + 1):\n    acc *= i\nprint(acc)\n';

/** What must be equal between two runs of the same program (timings and the process sandbox level differ). */
function core(result: RunResult) {
  const { timings: _t, isolation: _i, ...rest } = result;
  return rest;
}

async function runInPage(page: Page): Promise<RunResult> {
  const before = await page.textContent('[data-testid=run-status]');
  await page.click('button:has-text("Run")');
  await page.waitForFunction(
    (old) => {
      const text = document.querySelector('[data-testid=run-status]')?.textContent ?? '';
      return text !== old && text !== 'running…' && !text.startsWith('Python');
    },
    before,
    { timeout: 90_000 },
  );
  return JSON.parse((await page.locator('[data-testid=result-json]').textContent()) ?? 'null') as RunResult;
}

describe.skipIf(!hasChromium)('playground: Python in the browser', () => {
  let browser: Browser;
  let viewer: Viewer;
  let page: Page;
  let engineResult: (request: RunRequest) => Promise<RunResult>;
  let closeEngine: () => Promise<void>;

  beforeAll(async () => {
    await ensureAppBuild();
    const engine = await createEngine({ backend: 'pyodide', workers: 1 });
    engineResult = (request) => engine.run(request);
    closeEngine = () => engine.close();
    viewer = await startViewer({ backend: 'native' });
    browser = await launchBrowser();
    page = await laptopPage(browser);
    await page.goto(`${viewer.url}#/playground`);
    await page.waitForSelector('textarea[aria-label=program]');
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await viewer?.close();
    await closeEngine?.();
  });

  it('runs a script with stdin in the browser with the same trace as the engine', async () => {
    await page.fill('textarea[aria-label=program]', CODE);
    await page.check('input[type=radio] >> nth=1'); // script
    const inBrowser = await runInPage(page);
    const fromEngine = await engineResult({ code: CODE });
    expect(inBrowser.status).toBe('ok');
    expect(inBrowser.steps.length).toBeGreaterThan(20);
    expect(core(inBrowser)).toEqual(core(fromEngine));
    expect(await page.textContent('[data-testid=output]')).toBe(''); // step 1: nothing printed yet
    await page.keyboard.press('End');
    await page.waitForFunction(
      (out) => document.querySelector('[data-testid=output]')?.textContent === out,
      fromEngine.stdout,
    );

    await page.fill('textarea[aria-label=program]', SCRIPT);
    await page.fill('textarea[aria-label=stdin]', '6\n');
    const factorial = await runInPage(page);
    expect(factorial.stdout).toBe('720\n');
    expect(core(factorial)).toEqual(core(await engineResult({ code: SCRIPT, stdin: '6\n' })));
  });

  it('runs a call, and stops a program that never ends at its time limit', async () => {
    await page.check('input[type=radio] >> nth=0'); // call
    await page.fill(
      'textarea[aria-label=program]',
      'def f(a, b):\n    q, r = divmod(a, b)\n    return [q] * r\n',
    );
    await page.fill('input[aria-label="call expression"]', 'f(17, 5)');
    const call = await runInPage(page);
    expect(call.returnRepr).toBe('[3, 3]');
    expect(core(call)).toEqual(
      core(
        await engineResult({
          code: 'def f(a, b):\n    q, r = divmod(a, b)\n    return [q] * r\n',
          mode: 'call',
          call: 'f(17, 5)',
        }),
      ),
    );

    await page.fill(
      'textarea[aria-label=program]',
      'def spin():\n    while True:\n        total = sum(range(10 ** 6))\n',
    );
    await page.fill('input[aria-label="call expression"]', 'spin()');
    const started = Date.now();
    const spun = await runInPage(page);
    expect(spun.status).toBe('timeout');
    expect(Date.now() - started).toBeLessThan(15_000);
    // The interpreter is still usable afterwards.
    await page.fill('textarea[aria-label=program]', 'def f(a, b):\n    return a - b\n');
    await page.fill('input[aria-label="call expression"]', 'f(5, 2)');
    expect((await runInPage(page)).returnRepr).toBe('3');
  });

  it('asks the server for mutants and steps through one beside the original', async () => {
    const code =
      'def f(xs):\n    best = xs[0]\n    for x in xs:\n        if x > best:\n            best = x\n    return best\n';
    await page.fill('textarea[aria-label=program]', code);
    await page.fill('input[aria-label="call expression"]', 'f([3, 9, 4])');
    await runInPage(page);
    await page.click('button:has-text("Mutate")');
    await page.waitForSelector('.mutant-row');
    const expected = await mutateProgram(code, { max: 100 });
    expect(await page.locator('.mutant-row').count()).toBe(expected.length);
    const ror = expected.find((mutant) => mutant.operator === 'ROR' && mutant.replacement === '<')!;
    await page.click(`.mutant-row[data-mutant="${ror.id}"]`);
    await page.waitForSelector('[data-testid=mutant-stepper] .stepper');
    const mutantSide = page.locator('[data-testid=mutant-stepper]');
    expect(await mutantSide.locator('.src-line.mark-edit').getAttribute('data-line')).toBe(String(ror.line));
    const mutantRun = await engineResult({ code: ror.source, mode: 'call', call: 'f([3, 9, 4])' });
    expect(await mutantSide.locator('[data-testid=return-value]').textContent()).toBe(mutantRun.returnRepr);
    expect(await mutantSide.locator('[data-testid=step-counter]').textContent()).toContain(
      `/ ${mutantRun.steps.length}`,
    );
    expect(await page.locator('.split-view .stepper').count()).toBe(2);
    await screenshot(page, 'playground-mutant');
  });
});
