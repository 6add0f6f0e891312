import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // The real build runs once, before the tests that read dist/ (set SKIP_BUILD=1 to reuse an existing dist/).
    globalSetup: ['tests/setup/build-once.ts'],
    testTimeout: 180_000,
    hookTimeout: 600_000,
    // Browser and build tests share one machine of 2 cores: keep files sequential.
    fileParallelism: false,
  },
});
