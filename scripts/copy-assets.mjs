// Copies the non-TypeScript files the library loads at run time (the Python tracer harness) into dist/.
import { cpSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const src = join(root, 'src');
const dist = join(root, 'dist');
const assetExtensions = ['.py', '.json'];
// The viewer app is built by vite into dist/viewer/app; its own files (tsconfig.json) are no run-time assets.
const skipped = [join(src, 'viewer', 'app')];

function walk(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (skipped.includes(path)) continue;
    if (statSync(path).isDirectory()) walk(path);
    else if (assetExtensions.some((ext) => name.endsWith(ext))) {
      const target = join(dist, relative(src, path));
      mkdirSync(dirname(target), { recursive: true });
      cpSync(path, target);
    }
  }
}
walk(src);
