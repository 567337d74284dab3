import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['__tests__/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 300_000,
    // Integration tests build real wasm with shared toolchains and a shared cargo target dir.
    fileParallelism: true,
    pool: 'forks',
    reporters: ['default', './scripts/summary-reporter.ts'],
  },
});
