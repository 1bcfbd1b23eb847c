import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // One throwaway PostgreSQL cluster per run for the Postgres suites (skips when not installed).
    globalSetup: ['test/setup/build.ts', 'test/setup/postgres.ts'],
    // Corpus, server and PostgreSQL suites start processes and databases; give them room.
    testTimeout: 120_000,
    hookTimeout: 180_000,
    pool: 'forks',
  },
});
