import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // CLI tests spawn real processes; the machines are shared and slow at times.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
