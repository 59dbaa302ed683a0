import { defineConfig } from 'vitest/config';

// Only the generator's toy-scale test: the benchmark itself is not a test and never runs here.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    environment: 'node',
    pool: 'forks',
    testTimeout: 60_000,
    setupFiles: ['reflect-metadata'],
    env: { NODE_ENV: 'test' },
  },
});
