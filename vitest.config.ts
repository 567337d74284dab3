import { defineConfig } from 'vitest/config';

// The slow suite (`npm run test:slow`): what builds with the real toolchains, installs real modules
// from npm, runs the bundled action end to end, renders in Chromium, reads the traces outside the
// repository, or runs long faults. Each of these files takes 5 s to 3 min of one core; everything
// else is the fast default suite (`npm test`).
export const SLOW = [
  '__tests__/toolchains.test.ts', // clang, rustc, emcc, AssemblyScript builds
  '__tests__/build-fixtures.test.ts', // rebuilds the prebuilt fixtures
  '__tests__/fixtures-rebuild.test.ts',
  '__tests__/function-attribution.test.ts', // builds the C and Rust fixtures
  '__tests__/function-names.test.ts', // builds Rust (v0 names) and C++
  '__tests__/component.test.ts', // builds components
  '__tests__/cache.test.ts', // Debian's wasm-opt, many whole gate runs
  '__tests__/reuse.test.ts',
  '__tests__/real-modules.test.ts', // real npm modules
  '__tests__/function-sizes.test.ts',
  '__tests__/overlap.test.ts',
  '__tests__/every-instruction.test.ts',
  '__tests__/bench.test.ts', // the real malloc/free traces in ../shared/traces
  '__tests__/action-e2e.test.ts', // the bundled action end to end
  '__tests__/action-faults.test.ts',
  '__tests__/comment-render.test.ts', // Chromium
  '__tests__/long-runs.test.ts', // long faults
  '__tests__/install.test.ts', // npm pack, installs into empty projects on Node 24 and 20
  '__tests__/against.test.ts', // check --against: git worktrees, every variant built twice
  '__tests__/against-cli-action.test.ts', // the same through the bundled CLI and action
];

export default defineConfig({
  test: {
    testTimeout: 120_000,
    hookTimeout: 300_000,
    // Integration tests build real wasm with shared toolchains and a shared cargo target dir.
    fileParallelism: true,
    pool: 'forks',
    reporters: ['default', './scripts/summary-reporter.ts'],
    projects: [
      { extends: true, test: { name: 'fast', include: ['__tests__/**/*.test.ts'], exclude: SLOW } },
      { extends: true, test: { name: 'slow', include: SLOW } },
    ],
  },
});
