import { defineConfig } from 'vitest/config';

/** Browser tests: the built console served by the real server, driven in Debian's Chromium. */
export default defineConfig({
  test: {
    include: ['e2e/**/*.e2e.test.ts'],
    environment: 'node',
    // Builds the console for the tests when packages/admin/dist is not current (never into dist).
    globalSetup: ['./e2e/global-setup.ts'],
    pool: 'forks',
    fileParallelism: false,
    // One retry for a test that fails once: a browser test of the whole console can lose a race with
    // the page's own background work (seen once in CI: the intake dialog of desk-flow vanished while
    // being filled, a follow-up to find). A test that fails twice still fails the run.
    retry: 1,
    testTimeout: 90_000,
    hookTimeout: 120_000,
  },
});
