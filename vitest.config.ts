import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

// Units: node environment for shared/ and core/, jsdom for renderer components.
export default defineConfig({
  plugins: [react()],
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: ['src/shared/**/*.test.ts', 'src/main/**/*.test.ts', 'src/cli/**/*.test.ts', 'src/preload/**/*.test.ts', 'tests/unit/**/*.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'jsdom',
          environment: 'jsdom',
          include: ['src/renderer/**/*.test.{ts,tsx}'],
          // A test may wait on several findBy / waitFor of 5 s each (test/setup.ts) on a loaded
          // machine; the default 5 s for the whole test would cut it short before they could.
          testTimeout: 20_000,
          setupFiles: ['src/renderer/src/test/setup.ts'],
        },
      },
    ],
  },
});
