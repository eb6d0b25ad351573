import { defineConfig } from 'vitest/config';

// One suite for the whole repository. Integration tests use the real toolchain, SQLite,
// PostgreSQL, Redis and Chromium, so they get generous timeouts; speed goals live in `npm run bench:*`.
export default defineConfig({
  test: {
    include: ['judge/**/*.spec.ts', 'web/**/*.spec.ts', 'tests/**/*.spec.ts', 'firmware-templates/**/*.spec.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    pool: 'forks',
    fileParallelism: true,
  },
});
