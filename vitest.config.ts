import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['{core,server,client}/**/*.test.{ts,tsx}', 'tests/{integration,contracts}/**/*.test.ts'],
    exclude: ['node_modules/**', 'dist/**', 'tests/e2e/**'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    pool: 'forks',
  },
});
