import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Names the optional system programs (bubblewrap, Chromium) that are missing and what that skips.
    globalSetup: ['test/support/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Engine tests start sandboxed worker processes; two test files at a time fit two cores.
    maxWorkers: 2,
    fileParallelism: true,
  },
});
