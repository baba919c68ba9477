/** Browser-test plumbing: a fresh build of the viewer app, headless Chromium from the system, screenshots. */
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { repoRoot } from '../../support/paths.js';
import { CHROMIUM_PATH } from '../../support/requirements.js';

export { hasChromium } from '../../support/requirements.js';
export const artifactsDir = join(repoRoot, 'test-artifacts');
const appDir = join(repoRoot, 'dist', 'viewer', 'app');

function newestChange(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestChange(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/** Builds the viewer app when dist/viewer/app is older than src/ (the app and the library code it bundles). */
export async function ensureAppBuild(): Promise<void> {
  const index = join(appDir, 'index.html');
  const sources = newestChange(join(repoRoot, 'src'));
  if (existsSync(index) && statSync(index).mtimeMs >= sources) return;
  const { build } = await import('vite');
  // Built beside the target and renamed into place, so a test file running at the same time never
  // sees half a build.
  const temporary = `${appDir}-${process.pid}`;
  await build({
    configFile: join(repoRoot, 'src', 'viewer', 'app', 'vite.config.ts'),
    logLevel: 'warn',
    build: { outDir: temporary, emptyOutDir: true },
  });
  rmSync(appDir, { recursive: true, force: true });
  try {
    renameSync(temporary, appDir);
  } catch {
    rmSync(temporary, { recursive: true, force: true }); // another test file put its build there first
  }
}

export async function launchBrowser(): Promise<Browser> {
  // The container runs as root, where Chromium's own sandbox cannot start.
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: ['--no-sandbox'] });
}

/** A page the size of a 1366×768 laptop screen (less the browser's own bars). */
export async function laptopPage(browser: Browser): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1366, height: 680 } });
  page.on('pageerror', (error) => {
    throw error;
  });
  return page;
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(artifactsDir, { recursive: true });
  const path = join(artifactsDir, `${name}.png`);
  await page.screenshot({ path });
  return path;
}
