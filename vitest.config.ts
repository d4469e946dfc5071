import { defineConfig } from 'vitest/config';

/**
 * Three kinds of test, one command (`npm test`):
 * - unit: pure code in shared/ and main/services, many files in parallel;
 * - integration: the real workspace server on port 0 with temp SQLite files;
 * - e2e: Debian's Chromium through playwright-core against the served app, one file at a time;
 * - interop: our files through Debian's LibreOffice 7.4 (headless, Python-UNO), one LibreOffice
 *   per file, one file at a time.
 */
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      { test: { name: 'integration', include: ['tests/integration/**/*.test.ts'], testTimeout: 60_000, hookTimeout: 60_000 } },
      {
        test: {
          name: 'interop',
          include: ['tests/interop/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
