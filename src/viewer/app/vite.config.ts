// Builds the viewer's front end into dist/viewer/app, which the server in src/viewer/server serves.
import { fileURLToPath } from 'node:url';
import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  base: '/',
  plugins: [preact()],
  build: {
    outDir: fileURLToPath(new URL('../../../dist/viewer/app', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: true,
    chunkSizeWarningLimit: 1024,
  },
  worker: { format: 'es' },
  // The front end imports the library's trace model from src/, outside its root; vite may read the repository.
  server: { fs: { allow: [fileURLToPath(new URL('../../..', import.meta.url))] } },
});
