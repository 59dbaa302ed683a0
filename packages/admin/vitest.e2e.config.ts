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
    testTimeout: 90_000,
    hookTimeout: 120_000,
  },
});
