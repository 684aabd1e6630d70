import { defineConfig } from 'vitest/config';

// Unit tests run in parallel; the end-to-end suites start a whole local stack
// each, so they are kept to one worker at a time to stay within two cores.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 240_000,
    fileParallelism: false,
    pool: 'forks',
  },
});
