import { defineConfig } from 'vitest/config';

/**
 * Four kinds of test, one command (`npm test`):
 * - unit: pure code in shared/ and main/services, many files in parallel;
 * - integration: the real workspace server on port 0 with temp SQLite files, in parallel with
 *   the unit files (each test has its own folder and port);
 * - e2e: Debian's Chromium through playwright-core against the served app, one file at a time;
 * - interop: our files through Debian's LibreOffice 7.4 (headless, Python-UNO), one LibreOffice
 *   per file, one file at a time.
 */
/**
 * V8's JIT-page tracking (ThreadIsolation, on where the CPU has memory protection keys) can abort
 * a test process ("Check failed: jit_page.has_value()") when code is made and freed across worker
 * threads; seen once here in a fork running worker jobs. Off for the test processes only.
 */
const execArgv = ['--no-memory-protection-keys'];

/**
 * The unit and integration files run first, one worker per core (Vitest's default leaves a core
 * idle: on a 2-core machine every file ran one after another); then the e2e and interop files,
 * one at a time, with the machine to themselves.
 */
const maxWorkers = '100%';

export default defineConfig({
  test: {
    projects: [
      // Unit tests get 20 s: the property tests (30 generated .docx pairs) and the generators take 1–3 s
      // alone and passed the default 5 s only on an idle machine.
      { test: { name: 'unit', execArgv, maxWorkers, include: ['tests/unit/**/*.test.ts'], testTimeout: 20_000 } },
      { test: { name: 'integration', execArgv, maxWorkers, include: ['tests/integration/**/*.test.ts'], testTimeout: 60_000, hookTimeout: 60_000 } },
      {
        test: {
          name: 'interop',
          execArgv,
          include: ['tests/interop/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
      {
        test: {
          name: 'e2e',
          execArgv,
          include: ['tests/e2e/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
