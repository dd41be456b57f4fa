import { defineConfig } from 'vitest/config';

// End-to-end: the built app through `jianbao serve`, driven in Debian's Chromium.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
    // A real browser on a busy 2-core machine: give each poll time, not just one second.
    expect: { poll: { timeout: 10_000, interval: 50 } },
  },
});
