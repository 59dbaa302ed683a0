import { defineConfig } from 'vitest/config';

/** Browser tests: the built resident H5 served at /m/ by the real server, driven in Debian's Chromium at phone size. */
export default defineConfig({
  test: {
    include: ['e2e/**/*.e2e.test.ts'],
    environment: 'node',
    // Builds the H5 for the tests when packages/resident/dist/h5 is not current (never into dist).
    globalSetup: ['./e2e/global-setup.ts'],
    pool: 'forks',
    fileParallelism: false,
    testTimeout: 90_000,
    hookTimeout: 240_000,
  },
});
