import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/integration/**/*.test.ts'],
    environment: 'node',
    pool: 'forks',
    globalSetup: ['tests/helpers/build-cli-once.ts'], // the CLI tests run the compiled command line
    testTimeout: 120_000, // tests that start the CLI or workers in child processes share 2 cores
    hookTimeout: 60_000,
  },
});
