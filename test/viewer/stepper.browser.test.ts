/// <reference lib="dom" />
// Callbacks passed to page.evaluate run in the browser, where `document` exists.
/**
 * The trace stepper in headless Chromium on a program the engine really ran: every step's highlighted
 * line, call stack and variables are checked against the engine's trace, driven by keys and clicks.
 */
import { copyFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyAction } from '../../src/debug/actions/index.js';
import { buildTimeline } from '../../src/debug/timeline.js';
import type { DebugAction } from '../../src/debug/types.js';
import { createEngine } from '../../src/engine/engine.js';
import type { RunResult } from '../../src/engine/types.js';
import { startViewer, type Viewer } from '../../src/viewer/server/start-viewer.js';
import { repoRoot } from '../support/paths.js';
import { ensureAppBuild, hasChromium, laptopPage, launchBrowser, screenshot } from './support/browser.js';

const PROGRAM = `def gcd(a, b):
    while b:
        a, b = b, a % b
    return a

def reduce(num, den):
    g = gcd(num, den)
    return num // g, den // g

pairs = [(12, 18), (35, 10)]
out = []
for num, den in pairs:
    out.append(reduce(num, den))
    print(num, den, '->', out[-1])
summary = len(out)
`;

interface Shown {
  index: number;
  line: number | null;
  frames: { depth: number; vars: Record<string, string> }[];
  changed: string[];
}

/** Waits (briefly) for the stepper to show step `index`, so a key press has been rendered before reading. */
async function at(page: Page, index: number): Promise<Shown> {
  await page
    .waitForFunction(
      (want) => document.querySelector('[data-testid=step-index]')?.textContent === String(want + 1),
      index,
      {
        timeout: 2000,
      },
    )
    .catch(() => {});
  return shown(page);
}

async function shown(page: Page): Promise<Shown> {
  return page.evaluate(() => {
    const current = document.querySelector('.src-line.current');
    return {
      index: Number(document.querySelector('[data-testid=step-index]')?.textContent) - 1,
      line: current ? Number(current.getAttribute('data-line')) : null,
      frames: [...document.querySelectorAll('.frame')].map((frame) => ({
        depth: Number(frame.getAttribute('data-frame-depth')),
        vars: Object.fromEntries(
          [...frame.querySelectorAll('tr[data-var]:not([data-removed])')].map((row) => [
            row.getAttribute('data-var'),
            row.querySelector('.value')?.getAttribute('data-repr'),
          ]),
        ),
      })),
      changed: [...document.querySelectorAll('.frame.innermost tr.changed, .frame.innermost tr.new')].map(
        (row) => row.getAttribute('data-var') ?? '',
      ),
    };
  });
}

describe.skipIf(!hasChromium)('trace stepper in the browser', () => {
  let browser: Browser;
  let viewer: Viewer;
  let page: Page;
  let result: RunResult;

  beforeAll(async () => {
    await ensureAppBuild();
    const dir = await mkdtemp(join(tmpdir(), 'semtrace-stepper-'));
    const path = join(dir, 'fractions.py');
    writeFileSync(path, PROGRAM);
    const engine = await createEngine({ backend: 'native', workers: 1 });
    try {
      result = await engine.run({ code: PROGRAM });
    } finally {
      await engine.close();
    }
    viewer = await startViewer({ path, backend: 'native' });
    browser = await launchBrowser();
    page = await laptopPage(browser);
    await page.goto(viewer.url);
    await page.waitForSelector('.stepper');
  });

  afterAll(async () => {
    await browser?.close();
    await viewer?.close();
  });

  it('shows every step of the engine trace: line, call stack and variables, stepping with →', async () => {
    const steps = result.steps;
    expect(steps.length).toBeGreaterThan(30);
    for (let index = 0; index < steps.length; index++) {
      const step = steps[index]!;
      const state = await at(page, index);
      expect(state.index).toBe(index);
      expect(state.line).toBe(step.line >= 1 ? step.line : null);
      expect(state.frames.length).toBe(step.depth + 1);
      const reprs = Object.fromEntries(
        Object.entries(step.locals).map(([name, value]) => [name, value.repr]),
      );
      expect(state.frames[0]!.vars).toEqual(reprs);
      // The previous event of the same frame: what changed since then is highlighted.
      const previous = steps.slice(0, index).findLast((other) => other.depth === step.depth);
      if (step.event !== 'call' && previous) {
        const changed = Object.keys(step.locals).filter(
          (name) => previous.locals[name]?.repr !== step.locals[name]!.repr,
        );
        expect(state.changed.sort()).toEqual(changed.sort());
      }
      await page.keyboard.press('ArrowRight');
    }
    expect((await shown(page)).index).toBe(steps.length - 1); // → at the end stays there
    expect(await page.textContent('[data-testid=output]')).toBe(result.stdout);
  });

  it('goes back and jumps with Home, End, k, j and step over', async () => {
    const steps = result.steps;
    await page.keyboard.press('Home');
    expect((await at(page, 0)).index).toBe(0);
    await page.keyboard.press('End');
    expect((await at(page, steps.length - 1)).index).toBe(steps.length - 1);
    await page.keyboard.press('k');
    await page.keyboard.press('ArrowLeft');
    expect((await at(page, steps.length - 3)).index).toBe(steps.length - 3);
    await page.keyboard.press('Home');
    const loopLine = steps.findIndex((step) => step.line === 13 && step.event === 'line');
    for (let i = 0; i < loopLine; i++) await page.keyboard.press('j');
    expect((await at(page, loopLine)).line).toBe(13);
    await page.keyboard.press('Shift+ArrowRight');
    const over = steps.findIndex((step, i) => i > loopLine && step.depth <= 0);
    const state = await at(page, over);
    expect(state.index).toBe(over);
    expect(state.line).toBe(steps[over]!.line);
    expect(await page.textContent('[data-testid=output]')).toBe('');
    expect(state.frames[0]!.vars.out).toBe('[(2, 3)]');
  });

  it('clicking a source line jumps to its next run; the timeline jumps anywhere', async () => {
    const steps = result.steps;
    await page.keyboard.press('Home');
    await at(page, 0);
    await page.click('.src-line[data-line="3"]');
    const firstRun = steps.findIndex((step) => step.line === 3 && step.event === 'line');
    expect((await at(page, firstRun)).index).toBe(firstRun);
    await page.click('.src-line[data-line="3"]');
    const secondRun = steps.findIndex((step, i) => i > firstRun && step.line === 3 && step.event === 'line');
    expect((await at(page, secondRun)).index).toBe(secondRun);
    await page.keyboard.press(']');
    const thirdRun = steps.findIndex((step, i) => i > secondRun && step.line === 3 && step.event === 'line');
    expect((await at(page, thirdRun)).index).toBe(thirdRun);
    const box = (await page.locator('canvas.timeline').boundingBox())!;
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    const middle = (await at(page, Math.round(0.5 * (steps.length - 1)))).index;
    expect(Math.abs(middle - 0.5 * (steps.length - 1))).toBeLessThanOrEqual(1);
    await page.mouse.click(box.x + box.width - 1, box.y + 5);
    expect((await at(page, steps.length - 1)).index).toBe(steps.length - 1);
  });

  it('drives the debugger actions of src/debug: breakpoints, continue, finish and the reverse ones', async () => {
    const timeline = buildTimeline(result.steps);
    const breakpoints = [3];
    const expectAfter = async (key: string, from: number, action: DebugAction): Promise<number> => {
      const target = Math.min(
        applyAction(timeline, { position: from, breakpoints }, action).position,
        result.steps.length - 1,
      );
      await page.keyboard.press(key);
      expect((await at(page, target)).index, `${key} from step ${from}`).toBe(target);
      return target;
    };
    await page.keyboard.press('Home');
    await page.click('.src-line[data-line="3"]');
    const firstRun = result.steps.findIndex((step) => step.line === 3 && step.event === 'line');
    expect((await at(page, firstRun)).index).toBe(firstRun);
    await page.keyboard.press('b');
    await page.waitForSelector('.src-line.mark-breakpoint[data-line="3"]');
    await page.keyboard.press('Home');
    await at(page, 0);
    let position = await expectAfter('c', 0, { name: 'continue' });
    expect(position).toBe(firstRun);
    position = await expectAfter('c', position, { name: 'continue' });
    const second = position;
    position = await expectAfter('C', position, { name: 'reverse-continue' });
    expect(position).toBe(firstRun);
    position = await expectAfter('r', position, { name: 'finish' });
    expect(result.steps[position]!.event).toBe('line'); // the breakpoint on line 3 comes before gcd returns
    position = await expectAfter('N', position, { name: 'reverse-next' });
    position = await expectAfter('R', position, { name: 'reverse-finish' });
    position = await expectAfter('t', position, { name: 'until' });
    expect(second).toBeGreaterThan(firstRun);
    // Clear the breakpoint again (from a step on line 3).
    await page.click('.src-line[data-line="3"]');
    await page.keyboard.press('b');
    await page.waitForSelector('.src-line.mark-breakpoint', { state: 'detached' });
  });

  it('documents the keys in a help overlay', async () => {
    await page.keyboard.press('?');
    const help = page.getByRole('dialog', { name: 'keyboard help' });
    expect(await help.isVisible()).toBe(true);
    expect(await help.textContent()).toContain('step over');
    await page.keyboard.press('Escape');
    expect(await help.isVisible()).toBe(false);
  });

  it('takes a screenshot inside a nested call', async () => {
    await page.keyboard.press('Home');
    const inner = result.steps.findLastIndex((step) => step.func === 'gcd' && step.line === 3);
    for (let i = 0; i < inner; i++) await page.keyboard.press('l');
    expect((await at(page, inner)).frames.length).toBe(3);
    const path = await screenshot(page, 'stepper');
    // The docs keep the committed copy; a fresh one is only made when it is missing.
    const docsCopy = join(repoRoot, 'docs', 'images', 'stepper.png');
    mkdirSync(join(repoRoot, 'docs', 'images'), { recursive: true });
    if (!existsSync(docsCopy)) copyFileSync(path, docsCopy);
  });
});
